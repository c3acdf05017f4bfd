using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Testing.Tests;

/// <summary>The example of docs/testing.md, as written there: a drain handler tested with the kit.</summary>
public class DrainHandlerExampleTests
{
    // The handler under test: drains for 90 seconds, with a heartbeat after 60, then lets the termination go on.
    private static async ValueTask Drain(LifecycleNotificationContext context, CancellationToken cancellationToken)
    {
        if (context.Notification.IsTest || context.Notification.Channel != NotificationChannel.EventBridge)
        {
            return;
        }

        await Task.Delay(TimeSpan.FromSeconds(60), context.TimeProvider, cancellationToken);
        context.RecordLifecycleActionHeartbeat();
        await Task.Delay(TimeSpan.FromSeconds(30), context.TimeProvider, cancellationToken);
        context.CompleteLifecycleAction(LifecycleActionResult.Continue);
    }

    [Fact]
    public void TheDrainHandler_LetsTheInstanceGo_After90Seconds()
    {
        var kit = new SimulatorKit();
        kit.PutLifecycleHook("drain", LifecycleTransition.InstanceTerminating, heartbeatTimeout: TimeSpan.FromSeconds(75));
        kit.Simulator.Subscribe(Drain);
        var id = kit.LaunchOne();

        kit.TerminateAndRun(id);

        LifecycleAssert.Completed(kit, id, "drain", LifecycleActionResult.Continue, at: TimeSpan.FromSeconds(90));
        LifecycleAssert.IsIn(kit, id, InstanceLifecycleState.Terminated);
        LifecycleAssert.NoFailures(kit);
    }

    [Fact]
    public void WithoutItsHeartbeat_TheSameHandler_IsTooLate_AndTheKitSaysSo()
    {
        var kit = new SimulatorKit();
        kit.PutLifecycleHook("drain", LifecycleTransition.InstanceTerminating, heartbeatTimeout: TimeSpan.FromSeconds(75));
        kit.Simulator.Subscribe(async (context, cancellationToken) =>
        {
            if (!context.Notification.IsTest && context.Notification.Channel == NotificationChannel.EventBridge)
            {
                await Task.Delay(TimeSpan.FromSeconds(90), context.TimeProvider, cancellationToken);
                context.CompleteLifecycleAction(LifecycleActionResult.Continue);
            }
        });
        var id = kit.LaunchOne();

        kit.TerminateAndRun(id);

        var e = Assert.Throws<LifecycleAssertionException>(() => LifecycleAssert.Completed(kit, id, "drain", LifecycleActionResult.Continue));
        Assert.Equal(
            "The drain action on i-00000000000000001 was expected to be completed with CONTINUE, but it timed out at its heartbeat deadline (t=75s) with ABANDON.",
            e.Message);
        LifecycleAssert.TimedOut(kit, id, "drain", LifecycleActionResult.Abandon);
    }
}
