using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Core.Tests.CodeDeploy.Planning;

/// <summary>What kind of deployment is planned: the platform, the type, a load balancer, which instances, a rollback, a test listener.</summary>
public class DeploymentScenarioTests
{
    [Fact]
    public void TheDefault_IsAnInPlaceServerDeployment_WithoutALoadBalancer()
    {
        var scenario = new DeploymentScenario();

        Assert.Equal((ComputePlatform.Server, DeploymentType.InPlace, false, false, false), (scenario.Platform, scenario.DeploymentType, scenario.LoadBalancer, scenario.Rollback, scenario.TestListener));
        Assert.DoesNotContain(LifecycleEventOrder.For(scenario), e => e.Name == LifecycleEventName.BlockTraffic);
    }

    [Fact]
    public void ALoadBalancer_AddsTheTrafficEvents_AroundTheInstall()
    {
        var names = LifecycleEventOrder.For(new DeploymentScenario { LoadBalancer = true }).Select(e => e.Name).ToList();

        Assert.True(names.IndexOf(LifecycleEventName.BlockTraffic) < names.IndexOf(LifecycleEventName.Install));
        Assert.True(names.IndexOf(LifecycleEventName.AllowTraffic) > names.IndexOf(LifecycleEventName.ValidateService));
    }
}
