using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Core.Tests.CodeDeploy.Planning;

/// <summary>One event of a plan: its definition, and the scripts or the function it runs; a no-op when it runs nothing.</summary>
public class PlannedEventTests
{
    [Fact]
    public void AReservedEvent_AndAnEventWithoutScripts_AreNoops_AndAHookFunctionIsNot()
    {
        var lambda = AppSpecReader.Read("version: 0.0\nResources:\n  - fn:\n      Type: AWS::Lambda::Function\n      Properties: {Name: fn, Alias: live, CurrentVersion: 1, TargetVersion: 2}\nHooks:\n  - BeforeAllowTraffic: check\n");

        var plan = DeploymentPlanner.Plan(lambda, new DeploymentScenario { Platform = ComputePlatform.Lambda, DeploymentType = DeploymentType.BlueGreen }).Value;

        var check = plan.Events.Single(e => e.Name == LifecycleEventName.BeforeAllowTraffic);
        Assert.Equal(("check", false), (check.FunctionName, check.IsNoop));
        Assert.Empty(check.Scripts);
        Assert.True(plan.Events.Single(e => e.Name == LifecycleEventName.AllowTraffic).IsNoop);
        Assert.False(plan.Events.Single(e => e.Name == LifecycleEventName.AllowTraffic).Event.Scriptable);
    }
}
