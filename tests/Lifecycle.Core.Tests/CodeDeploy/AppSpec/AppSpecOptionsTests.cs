using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>How a file is read: the platform (found from the file unless given), the instances' operating system, the bounds.</summary>
public class AppSpecOptionsTests
{
    [Fact]
    public void TheDefault_FindsThePlatform_AndAGivenPlatformIsHeldTo()
    {
        Assert.Null(AppSpecOptions.Default.Platform);
        Assert.Equal(ComputePlatform.Ecs, AppSpecReader.Read("version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: arn:aws:ecs:us-east-1:111222333444:task-definition/web:3\n        LoadBalancerInfo:\n          ContainerName: web\n          ContainerPort: 8080\nHooks:\n  - AfterInstall: \" warm \"\n").Platform);

        var asLambda = AppSpecReader.Read("version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: arn:aws:ecs:us-east-1:111222333444:task-definition/web:3\n        LoadBalancerInfo:\n          ContainerName: web\n          ContainerPort: 8080\nHooks:\n  - AfterInstall: \" warm \"\n", new AppSpecOptions { Platform = ComputePlatform.Lambda });

        Assert.Equal(ComputePlatform.Lambda, asLambda.Platform);
        Assert.False(asLambda.IsValid);
    }
}
