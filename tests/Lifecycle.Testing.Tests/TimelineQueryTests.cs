using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Testing.Tests;

public class TimelineQueryTests
{
    [Fact]
    public void Histories_TellEachActionsStory_PerHookAndPerInstance()
    {
        var kit = new SimulatorKit();
        kit.PutLifecycleHook("drain", LifecycleTransition.InstanceTerminating, TimeSpan.FromSeconds(60), LifecycleActionResult.Continue);
        kit.PutLifecycleHook("audit", LifecycleTransition.InstanceTerminating, TimeSpan.FromSeconds(300));
        var id = kit.LaunchOne();
        kit.Simulator.Terminate(id);
        kit.Simulator.AdvanceTo(TimeSpan.FromSeconds(30));
        kit.Simulator.RecordLifecycleActionHeartbeat(LifecycleHookName.Parse("drain"), instanceId: id);
        kit.Simulator.CompleteLifecycleAction(LifecycleHookName.Parse("audit"), LifecycleActionResult.Abandon, instanceId: id);

        var drain = kit.Timeline.Action(id, LifecycleHookName.Parse("drain"));
        var audit = Assert.Single(kit.Timeline.ActionsOf(LifecycleHookName.Parse("audit")));

        Assert.Equal([TimeSpan.FromSeconds(30)], drain.Heartbeats);
        Assert.Equal((LifecycleActionEnding.Stopped, (LifecycleActionResult?)null), (drain.Ending, drain.Result));
        Assert.Equal((LifecycleActionEnding.Completed, LifecycleActionResult.Abandon, TimeSpan.FromSeconds(30)), (audit.Ending, audit.Result!.Value, audit.Ended!.Value));
        Assert.Equal(2, kit.Timeline.ActionsOf(id).Count);
        Assert.Equal(TimeSpan.FromSeconds(30), kit.Timeline.WhenEntered(id, InstanceLifecycleState.Terminated));
        Assert.Equal(
            [InstanceLifecycleState.Pending, InstanceLifecycleState.InService, InstanceLifecycleState.Terminating, InstanceLifecycleState.TerminatingWait,
                InstanceLifecycleState.TerminatingProceed, InstanceLifecycleState.Terminated],
            kit.Timeline.StatesOf(id));
    }

    [Fact]
    public void Action_WhenThereIsNone_SaysWhichActionsThereAre()
    {
        var kit = new SimulatorKit();
        kit.PutLifecycleHook("warm", LifecycleTransition.InstanceLaunching);
        var id = kit.LaunchOne();

        var e = Assert.Throws<LifecycleAssertionException>(() => kit.Timeline.Action(id, LifecycleHookName.Parse("drain")));
        Assert.Equal("Expected one action of hook drain on i-00000000000000001, but the timeline has 0. Actions: warm on i-00000000000000001 Active.", e.Message);
    }

    [Fact]
    public void TimeoutsAndFailures_AreOnRecord()
    {
        var kit = new SimulatorKit();
        kit.PutLifecycleHook("warm", LifecycleTransition.InstanceLaunching, TimeSpan.FromSeconds(30), LifecycleActionResult.Continue);
        kit.Simulator.Subscribe((_, _) => throw new InvalidOperationException("no database"));
        var id = kit.LaunchOne();
        kit.Simulator.RunUntilIdle();
        kit.Simulator.RecordLifecycleActionHeartbeat(LifecycleHookName.Parse("warm"), instanceId: id);

        var warm = kit.Timeline.Action(id, LifecycleHookName.Parse("warm"));
        Assert.Equal((LifecycleActionEnding.TimedOut, false), (warm.Ending, warm.GlobalTimeout));
        Assert.Equal("no database", Assert.Single(kit.Timeline.HandlerFailures).Message);
        Assert.Equal(AutoScalingError.ValidationError, Assert.Single(kit.Timeline.Errors).Error.Code);
        var e = Assert.Throws<LifecycleAssertionException>(() => LifecycleAssert.NoFailures(kit));
        Assert.Contains("a handler threw System.InvalidOperationException: no database", e.Message, StringComparison.Ordinal);
        Assert.Contains("the service refused a call: ValidationError", e.Message, StringComparison.Ordinal);
    }
}
