using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>The timeline: every event at a whole second of virtual time, in the order it happened.</summary>
public class SimulationEventTests
{
    [Fact]
    public void TheTimeline_IsInTimeOrder_AtWholeSeconds()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "warm", Launching, heartbeat: 45);
        Hook(sim, "drain", Terminating, heartbeat: 30);
        var instances = sim.Launch(3);
        sim.AdvanceBy(S(10));
        sim.CompleteLifecycleAction(Name("warm"), LifecycleActionResult.Continue, instanceId: instances[0]);
        sim.RunUntilIdle();
        sim.Terminate(instances[0]);
        sim.RunUntilIdle();

        var times = sim.Timeline.Select(e => e.Time).ToList();

        Assert.True(times.Count > 10);
        Assert.Equal(times.Order(), times);
        Assert.All(times, t => Assert.Equal(0, t.Ticks % TimeSpan.TicksPerSecond));
    }
}
