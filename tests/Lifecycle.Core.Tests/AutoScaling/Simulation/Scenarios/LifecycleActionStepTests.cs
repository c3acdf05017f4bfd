using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>A call about one lifecycle action: its hook, and the action's instance or token.</summary>
public class LifecycleActionStepTests
{
    [Fact]
    public void AnActionStep_NamesTheActionByInstance_OrByToken()
    {
        var byInstance = Assert.IsAssignableFrom<LifecycleActionStep>(SimulationScenarioReader.Read("group: web\nhooks:\n  - { LifecycleHookName: drain, LifecycleTransition: \"autoscaling:EC2_INSTANCE_TERMINATING\" }\nsteps:\n  - { at: 0, launch: 2 }\n  - { at: 5, heartbeat: { instance: i-00000000000000001, hook: drain } }\n").Value.Steps[1]);
        var byToken = Assert.IsAssignableFrom<LifecycleActionStep>(SimulationScenarioReader.Read("group: web\nhooks:\n  - { LifecycleHookName: drain, LifecycleTransition: \"autoscaling:EC2_INSTANCE_TERMINATING\" }\nsteps:\n  - { at: 0, launch: 2 }\n  - { at: 5, heartbeat: { token: 00000000-0000-0000-0000-000000000000, hook: drain } }\n").Value.Steps[1]);

        Assert.Equal(("drain", InstanceId.Parse("i-00000000000000001"), (LifecycleActionToken?)null), (byInstance.LifecycleHookName.Value, byInstance.InstanceId, byInstance.LifecycleActionToken));
        Assert.Equal(((InstanceId?)null, "00000000-0000-0000-0000-000000000000"), (byToken.InstanceId, byToken.LifecycleActionToken?.Value));
    }
}
