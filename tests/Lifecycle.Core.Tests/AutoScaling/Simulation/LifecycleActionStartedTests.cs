using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>A lifecycle action started: the instance waits, and the event carries the action as it began.</summary>
public class LifecycleActionStartedTests
{
    [Fact]
    public void OneActionStarts_PerHookOfTheTransition_WithItsOwnToken()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "drain", Terminating, heartbeat: 120);
        Hook(sim, "backup", Terminating, heartbeat: 600);
        var instance = sim.Launch(1)[0];
        sim.AdvanceBy(S(30));
        sim.Terminate(instance);

        var started = sim.Timeline.OfType<LifecycleActionStarted>().ToList();

        Assert.Equal(["backup", "drain"], started.Select(s => s.Action.LifecycleHookName.Value).Order(StringComparer.Ordinal));
        Assert.All(started, s => Assert.Equal((S(30), instance, S(30)), (s.Time, s.Action.InstanceId, s.Action.Started)));
        Assert.NotEqual(started[0].Action.LifecycleActionToken, started[1].Action.LifecycleActionToken);
        Assert.Equal(S(150), started.Single(s => s.Action.LifecycleHookName.Value == "drain").Action.HeartbeatDeadline);
    }
}
