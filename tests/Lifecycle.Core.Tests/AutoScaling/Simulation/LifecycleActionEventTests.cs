using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>Every event about an action carries the action as it was then, so later changes do not rewrite history.</summary>
public class LifecycleActionEventTests
{
    [Fact]
    public void EachEvent_KeepsItsOwnSnapshot_OfOneAction()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "drain", Terminating, heartbeat: 60);
        var instance = sim.Launch(1)[0];
        sim.Terminate(instance);
        sim.AdvanceBy(S(20));
        sim.RecordLifecycleActionHeartbeat(Name("drain"), instanceId: instance);
        sim.AdvanceBy(S(20));
        sim.CompleteLifecycleAction(Name("drain"), LifecycleActionResult.Continue, instanceId: instance);

        var events = sim.Timeline.OfType<LifecycleActionEvent>().ToList();

        Assert.Equal([typeof(LifecycleActionStarted), typeof(LifecycleActionHeartbeat), typeof(LifecycleActionCompleted)], events.Select(e => e.GetType()));
        Assert.Single(events.Select(e => e.Action.LifecycleActionToken).Distinct());
        Assert.Equal([S(60), S(80), S(80)], events.Select(e => e.Action.HeartbeatDeadline));
    }
}
