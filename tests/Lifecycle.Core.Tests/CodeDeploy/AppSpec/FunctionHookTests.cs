using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>One hook of an ECS or Lambda AppSpec: the lifecycle event and the Lambda function it invokes.</summary>
public class FunctionHookTests
{
    [Fact]
    public void TheFunctionName_IsTrimmed()
    {
        var hook = Assert.Single(AppSpecReader.Read("version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: arn:aws:ecs:us-east-1:111222333444:task-definition/web:3\n        LoadBalancerInfo:\n          ContainerName: web\n          ContainerPort: 8080\nHooks:\n  - AfterInstall: \" warm \"\n").Ecs!.Hooks);

        Assert.Equal(new FunctionHook { LifecycleEvent = LifecycleEventName.AfterInstall, FunctionName = "warm" }, hook);
    }
}
