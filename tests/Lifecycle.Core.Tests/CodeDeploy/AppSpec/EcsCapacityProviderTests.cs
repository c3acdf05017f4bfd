using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>One capacity provider of an ECS service's strategy: its name, base and weight.</summary>
public class EcsCapacityProviderTests
{
    [Fact]
    public void ABaseNotWritten_IsZero()
    {
        var text = "version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: arn:aws:ecs:us-east-1:111222333444:task-definition/web:3\n        LoadBalancerInfo:\n          ContainerName: web\n          ContainerPort: 8080\nHooks:\n  - AfterInstall: \" warm \"\n".Replace("          ContainerPort: 8080\n", "          ContainerPort: 8080\n        CapacityProviderStrategy:\n          - CapacityProvider: FARGATE\n            Weight: 3\n", StringComparison.Ordinal);

        var provider = Assert.Single(AppSpecReader.Read(text).Ecs!.TargetService.CapacityProviderStrategy);

        Assert.Equal(new EcsCapacityProvider { CapacityProvider = "FARGATE", Base = 0, Weight = 3 }, provider);
    }
}
