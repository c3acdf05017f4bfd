using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>The ECS service a deployment targets: the task definition, the container and port traffic goes to, and the network.</summary>
public class EcsTargetServiceTests
{
    [Fact]
    public void WhatIsNotWritten_IsEmpty()
    {
        var service = AppSpecReader.Read("version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: arn:aws:ecs:us-east-1:111222333444:task-definition/web:3\n        LoadBalancerInfo:\n          ContainerName: web\n          ContainerPort: 8080\nHooks:\n  - AfterInstall: \" warm \"\n").Ecs!.TargetService;

        Assert.Equal(("web", 8080), (service.ContainerName, service.ContainerPort));
        Assert.Null(service.PlatformVersion);
        Assert.Null(service.AssignPublicIp);
        Assert.Empty(service.Subnets);
        Assert.Empty(service.SecurityGroups);
        Assert.Empty(service.CapacityProviderStrategy);
    }
}
