using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>A handler that throws is what a crashed handler is in AWS: nobody completes the action, which times out.</summary>
public class HandlerFailureTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AThrowingHandler_IsAnEvent_AndTheActionTimesOutWithItsDefaultResult(bool recordTimeline)
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Create("web")) { RecordTimeline = recordTimeline };
        Hook(sim, "warm", Launching, heartbeat: 60, result: "ABANDON");
        var delivered = 0;
        sim.Subscribe((_, _) => throw new InvalidOperationException("handler bug"));
        sim.Subscribe((_, _) => delivered++);

        var id = sim.Launch(1)[0];

        var failure = Assert.Single(sim.Timeline.OfType<HandlerFailed>());
        Assert.Equal("handler bug", failure.Exception.Message);
        Assert.Equal(0, failure.Time);
        Assert.True(delivered > 0, "the other handler was not given the notification");
        Assert.Equal(InstanceLifecycleState.PendingWait, sim.Instances[id]);

        sim.AdvanceBy(60);

        // ABANDON on launch: the instance terminates, and a replacement launches (and waits in turn).
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[id]);
        Assert.Equal(2, sim.Instances.Count);
    }
}
