using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Testing.Tests;

/// <summary>One action's story from the timeline: its start, its heartbeats, and how and when it ended.</summary>
public class LifecycleActionHistoryTests
{
    [Fact]
    public void ATimedOutAction_EndsAtItsDeadline_WithTheHooksDefaultResult()
    {
        var kit = new SimulatorKit();
        kit.PutLifecycleHook("drain", LifecycleTransition.InstanceTerminating, TimeSpan.FromSeconds(60), LifecycleActionResult.Continue);
        var id = kit.LaunchOne();
        kit.Simulator.Terminate(id);
        kit.Simulator.AdvanceTo(TimeSpan.FromSeconds(20));
        kit.Simulator.RecordLifecycleActionHeartbeat(LifecycleHookName.Parse("drain"), instanceId: id);
        kit.Simulator.RunUntilIdle();

        var history = kit.Timeline.Action(id, LifecycleHookName.Parse("drain"));

        Assert.Equal((id, "drain", TimeSpan.Zero), (history.InstanceId, history.LifecycleHookName.Value, history.Started.Started));
        Assert.Equal([TimeSpan.FromSeconds(20)], history.Heartbeats);
        Assert.Equal((LifecycleActionEnding.TimedOut, (TimeSpan?)TimeSpan.FromSeconds(80), (LifecycleActionResult?)LifecycleActionResult.Continue, false),
            (history.Ending, history.Ended, history.Result, history.GlobalTimeout));
        Assert.Equal(history.Started.LifecycleActionToken, history.LifecycleActionToken);
    }
}
