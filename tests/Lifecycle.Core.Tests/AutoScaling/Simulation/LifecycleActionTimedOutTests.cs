using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>An action reached a deadline and its hook's DefaultResult applied: the heartbeat deadline, or the global one.</summary>
public class LifecycleActionTimedOutTests
{
    [Fact]
    public void WithoutHeartbeats_TheHeartbeatDeadlineIsReached_AndTheDefaultResultApplies()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "warm", Launching, heartbeat: 30, result: "ABANDON");
        var instance = sim.Launch(1)[0];
        sim.AdvanceTo(S(30)); // not RunUntilIdle: an abandoned launch is replaced, and the replacement waits in turn

        var timedOut = Assert.Single(sim.Timeline.OfType<LifecycleActionTimedOut>());

        Assert.Equal((S(30), "ABANDON", false), (timedOut.Time, timedOut.Result.Value, timedOut.GlobalTimeout));
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[instance]);
    }

    [Fact]
    public void HeartbeatsForever_MeetTheGlobalDeadline_AHundredHeartbeatsIn()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "warm", Launching, heartbeat: 30);
        var instance = sim.Launch(1)[0];
        for (var t = 20; t < 3_100; t += 20)
        {
            sim.AdvanceTo(S(t));
            sim.RecordLifecycleActionHeartbeat(Name("warm"), instanceId: instance);
        }

        var timedOut = Assert.Single(sim.Timeline.OfType<LifecycleActionTimedOut>());

        Assert.Equal((S(3_000), true), (timedOut.Time, timedOut.GlobalTimeout));
    }
}
