using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>An instance entered a state: one transition of the state machine, at the second it happened.</summary>
public class InstanceStateChangedTests
{
    [Fact]
    public void ALaunch_WithALaunchingHook_IsPending_ThenPendingWait_ThenInServiceWhenCompleted()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "warm", Launching);
        var instance = sim.Launch(1)[0];
        sim.AdvanceBy(S(5));
        sim.CompleteLifecycleAction(Name("warm"), LifecycleActionResult.Continue, instanceId: instance);

        var changes = sim.Timeline.OfType<InstanceStateChanged>().Where(e => e.InstanceId == instance).Select(e => (e.Time, e.State)).ToList();

        Assert.Equal(
            [(S(0), InstanceLifecycleState.Pending), (S(0), InstanceLifecycleState.PendingWait), (S(5), InstanceLifecycleState.PendingProceed), (S(5), InstanceLifecycleState.InService)],
            changes);
    }
}
