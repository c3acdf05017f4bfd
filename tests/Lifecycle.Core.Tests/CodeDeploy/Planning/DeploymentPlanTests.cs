using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Core.Tests.CodeDeploy.Planning;

/// <summary>A deployment's events in order, each with what it runs, for the scenario it was planned for.</summary>
public class DeploymentPlanTests
{
    [Fact]
    public void APlan_RunsEveryEventOfItsScenario_InOrder_AndKnowsItsPlatform()
    {
        var scenario = new DeploymentScenario { DeploymentType = DeploymentType.InPlace, LoadBalancer = true };
        var appSpec = AppSpecReader.Read("version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: start.sh\n");

        var plan = DeploymentPlanner.Plan(appSpec, scenario).Value;

        Assert.Equal((scenario, ComputePlatform.Server), (plan.Scenario, plan.Platform));
        Assert.Equal(LifecycleEventOrder.For(scenario).Select(d => d.Name), plan.Events.Select(e => e.Name));
        Assert.Equal([LifecycleEventName.ApplicationStart], plan.Events.Where(e => !e.IsNoop).Select(e => e.Name));
    }
}
