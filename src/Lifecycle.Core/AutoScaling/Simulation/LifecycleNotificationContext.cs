using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>
/// What a handler of <see cref="AutoScalingSimulator.Subscribe"/> receives: the notification, the simulator's
/// virtual clock, and the two calls a lifecycle handler makes about the action it was told of, addressed by the
/// action's token as a real handler would.
/// </summary>
public sealed class LifecycleNotificationContext
{
    internal LifecycleNotificationContext(AutoScalingSimulator simulator, LifecycleNotification notification)
    {
        Simulator = simulator;
        Notification = notification;
    }

    /// <summary>The notification, with its body as AWS writes it.</summary>
    public LifecycleNotification Notification { get; }

    /// <summary>The action it announces; null for the test notification.</summary>
    public LifecycleActionSnapshot? Action => Notification.Action;

    /// <summary>The simulator, for any other call (scale out, put a hook).</summary>
    public AutoScalingSimulator Simulator { get; }

    /// <summary>The virtual clock: a <c>Task.Delay</c> or timeout on it completes as the simulator advances.</summary>
    public TimeProvider TimeProvider => Simulator.TimeProvider;

    /// <summary>RecordLifecycleActionHeartbeat for the announced action.</summary>
    /// <returns>The action after the heartbeat, or the service's error when it is no longer active.</returns>
    /// <exception cref="InvalidOperationException">The notification is the test notification, which announces no action.</exception>
    public Result<LifecycleActionSnapshot> RecordLifecycleActionHeartbeat()
    {
        var action = RequireAction();
        return Simulator.RecordLifecycleActionHeartbeat(action.LifecycleHookName, action.LifecycleActionToken);
    }

    /// <summary>CompleteLifecycleAction for the announced action.</summary>
    /// <param name="result">CONTINUE or ABANDON.</param>
    /// <returns>The completed action, or the service's error when it is no longer active.</returns>
    /// <exception cref="InvalidOperationException">The notification is the test notification, which announces no action.</exception>
    public Result<LifecycleActionSnapshot> CompleteLifecycleAction(LifecycleActionResult result)
    {
        var action = RequireAction();
        return Simulator.CompleteLifecycleAction(action.LifecycleHookName, result, action.LifecycleActionToken);
    }

    private LifecycleActionSnapshot RequireAction() => Notification.Action
        ?? throw new InvalidOperationException("The test notification announces no lifecycle action; skip it (Notification.IsTest).");
}
