using System.Globalization;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>The hooks of a transition, and the notifications of each lifecycle action to the target, EventBridge and the handlers.</summary>
public sealed partial class AutoScalingSimulator
{
    // The hooks on a transition, in creation order, derived again only when the registry changed.
    private LifecycleHook[] HooksOn(LifecycleTransition transition)
    {
        if (_hooksVersion != Hooks.Version || _launchingHooks is null || _terminatingHooks is null)
        {
            var all = Hooks.LifecycleHooks;
            _launchingHooks = [.. all.Where(h => h.LifecycleTransition.IsLaunching)];
            _terminatingHooks = [.. all.Where(h => !h.LifecycleTransition.IsLaunching)];
            _hooksVersion = Hooks.Version;
        }

        return transition.IsLaunching ? _launchingHooks : _terminatingHooks;
    }

    // §2.7: EventBridge hears of every action; the hook's target too, when it has one.
    private void Notify(LifecycleActionSnapshot action, LifecycleHook hook)
    {
        var time = NotificationBodies.Time(Environment, Now);
        var metadata = hook.NotificationMetadata?.Value;
        var group = Hooks.AutoScalingGroupName.Value;
        if (hook.NotificationTargetARN is { } target)
        {
            Send(new LifecycleNotification(Now, NotificationChannel.Target, target.Value,
                NotificationBodies.TargetMessage(action, metadata, _ids.Next(), time, Environment, group), action));
        }

        Send(new LifecycleNotification(Now, NotificationChannel.EventBridge, "EventBridge",
            NotificationBodies.EventBridgeEvent(action, metadata, _ids.Next(), time, Environment, group, _groupArn), action));
    }

    private void Send(LifecycleNotification notification)
    {
        if (RecordTimeline)
        {
            _timeline.Add(new NotificationSent(Now, notification));
        }

        _outbox.Enqueue(notification);
    }

    // Handlers run after the operation that sent the notifications, never in its middle; what they do may send more.
    private void Dispatch()
    {
        if (_dispatching)
        {
            return;
        }

        _dispatching = true;
        try
        {
            while (_outbox.TryDequeue(out var notification))
            {
                foreach (var handler in _handlers)
                {
                    try
                    {
                        handler(notification, this);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // As a crashed handler in AWS: nobody completes the action, so it waits for its deadline and
                        // its hook's DefaultResult applies. The other handlers still get the notification.
                        _timeline.Add(new HandlerFailed(Now, notification, e));
                    }
                }
            }
        }
        finally
        {
            _dispatching = false;
        }
    }
}
