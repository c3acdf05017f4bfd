using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>What a handler is given: the notification, its action, and calls that heartbeat and complete that action.</summary>
public class LifecycleNotificationContextTests
{
    [Fact]
    public void AHandler_HeartbeatsAndCompletes_TheActionItWasToldOf()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "warm", Launching, heartbeat: 60);
        var seen = new List<(LifecycleHookName Hook, bool Beat, bool Done)>();
        sim.Subscribe(async (context, cancellationToken) =>
        {
            var beat = context.RecordLifecycleActionHeartbeat().Succeeded;
            await Task.Delay(TimeSpan.FromSeconds(30), context.TimeProvider, cancellationToken);
            seen.Add((context.Action!.LifecycleHookName, beat, context.CompleteLifecycleAction(LifecycleActionResult.Continue).Succeeded));
        });

        var instance = sim.Launch(1)[0];
        sim.RunUntilIdle();

        Assert.Equal([(Name("warm"), true, true)], seen);
        Assert.Equal(InstanceLifecycleState.InService, sim.Instances[instance]);
        Assert.Equal(S(30), sim.Timeline.OfType<LifecycleActionCompleted>().Single().Time);
    }
}
