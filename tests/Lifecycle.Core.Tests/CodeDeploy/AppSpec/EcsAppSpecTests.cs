using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>An ECS AppSpec: its one target service and its hook functions.</summary>
public class EcsAppSpecTests
{
    [Fact]
    public void AnEcsAppSpec_HasItsServiceAndHooks()
    {
        var ecs = AppSpecReader.Read("version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: arn:aws:ecs:us-east-1:111222333444:task-definition/web:3\n        LoadBalancerInfo:\n          ContainerName: web\n          ContainerPort: 8080\nHooks:\n  - AfterInstall: \" warm \"\n").Ecs!;

        Assert.Equal("0.0", ecs.Version);
        Assert.Equal("arn:aws:ecs:us-east-1:111222333444:task-definition/web:3", ecs.TargetService.TaskDefinition);
        Assert.Equal(LifecycleEventName.AfterInstall, Assert.Single(ecs.Hooks).LifecycleEvent);
    }
}
