using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Testing.Tests;

/// <summary>How an action ended: still active, completed, timed out, or stopped by another hook's ABANDON.</summary>
public class LifecycleActionEndingTests
{
    [Fact]
    public void EachEnding_IsTheOneTheTimelineTells()
    {
        var kit = new SimulatorKit();
        kit.PutLifecycleHook("a", LifecycleTransition.InstanceLaunching, TimeSpan.FromSeconds(30), LifecycleActionResult.Continue);
        kit.PutLifecycleHook("b", LifecycleTransition.InstanceLaunching, TimeSpan.FromSeconds(600));
        var first = kit.LaunchOne();
        kit.Simulator.CompleteLifecycleAction(LifecycleHookName.Parse("b"), LifecycleActionResult.Abandon, instanceId: first);
        var second = kit.LaunchOne();
        kit.Simulator.CompleteLifecycleAction(LifecycleHookName.Parse("b"), LifecycleActionResult.Continue, instanceId: second);
        var active = kit.Timeline.Action(second, LifecycleHookName.Parse("a")).Ending;
        kit.Simulator.AdvanceBy(TimeSpan.FromSeconds(30));

        Assert.Equal(LifecycleActionEnding.Active, active);
        Assert.Equal(LifecycleActionEnding.Stopped, kit.Timeline.Action(first, LifecycleHookName.Parse("a")).Ending);
        Assert.Equal(LifecycleActionEnding.Completed, kit.Timeline.Action(first, LifecycleHookName.Parse("b")).Ending);
        Assert.Equal(LifecycleActionEnding.TimedOut, kit.Timeline.Action(second, LifecycleHookName.Parse("a")).Ending);
    }
}
