using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>A heartbeat moved the heartbeat deadline to now + HeartbeatTimeout; the event carries the action after it.</summary>
public class LifecycleActionHeartbeatTests
{
    [Fact]
    public void AHeartbeat_IsRecordedWithTheNewDeadline_AndPostponesTheTimeout()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "drain", Terminating, heartbeat: 60);
        var instance = sim.Launch(1)[0];
        sim.Terminate(instance);
        sim.AdvanceBy(S(50));
        sim.RecordLifecycleActionHeartbeat(Name("drain"), instanceId: instance);

        var heartbeat = Assert.Single(sim.Timeline.OfType<LifecycleActionHeartbeat>());
        sim.RunUntilIdle();

        Assert.Equal((S(50), S(110)), (heartbeat.Time, heartbeat.Action.HeartbeatDeadline));
        Assert.Equal(S(110), Assert.Single(sim.Timeline.OfType<LifecycleActionTimedOut>()).Time);
    }
}
