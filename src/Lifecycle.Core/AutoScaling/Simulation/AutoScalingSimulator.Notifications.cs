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
        var time = NotificationBodies.Time(Environment, _now);
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
        _timeline.NotificationSent(_now, notification);

        if (_handlers.Count > 0)
        {
            _outbox.Enqueue(notification);
        }
    }

    // Handlers run after the operation that sent the notifications, never in its middle; what they do may send more.
    // Their continuations, the cancellation of ended actions' tokens, and new notifications are drained in one loop.
    private void Dispatch()
    {
        if (_dispatching || (_outbox.Count == 0 && _endedActionTokens.Count == 0 && _handlerScheduler.IsIdle))
        {
            return; // nothing to hand out: no context switch on the path of every operation
        }

        _dispatching = true;
        try
        {
            _handlerScheduler.RunInside(static simulator => simulator.Drain(), this);
        }
        finally
        {
            _dispatching = false;
        }
    }

    private void Drain()
    {
        while (true)
        {
            if (_outbox.TryDequeue(out var notification))
            {
                foreach (var handler in _handlers)
                {
                    Invoke(handler, notification);
                }
            }
            else if (_endedActionTokens.TryDequeue(out var ended))
            {
                ended.Cancel();
            }
            else if (!_handlerScheduler.TryRunOne())
            {
                return;
            }
        }
    }

    private void Invoke(Func<LifecycleNotificationContext, CancellationToken, ValueTask> handler, LifecycleNotification notification)
    {
        ValueTask running;
        try
        {
            running = handler(new LifecycleNotificationContext(this, notification), CancellationFor(notification));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            HandlerThrew(notification, e);
            return;
        }

        if (running.IsCompletedSuccessfully)
        {
            return;
        }

        var task = running.AsTask();
        if (task.IsCompleted)
        {
            Observe(task, notification);
            return;
        }

        // Resumes on the handler scheduler (the current context), so the failure is recorded on the simulator's turn.
        task.GetAwaiter().OnCompleted(() => Observe(task, notification));
    }

    // A cancelled handler gave up because its action ended: not a failure.
    private void Observe(Task task, LifecycleNotification notification)
    {
        if (task.IsFaulted)
        {
            HandlerThrew(notification, task.Exception!.InnerExceptions.Count == 1 ? task.Exception.InnerException! : task.Exception);
        }
    }

    // As a crashed handler in AWS: nobody completes the action, so it waits for its deadline and its hook's
    // DefaultResult applies. The other handlers still get the notification.
    private void HandlerThrew(LifecycleNotification notification, Exception exception) =>
        _timeline.HandlerFailed(_now, notification, exception);

    // The token a handler gets: cancelled when the announced action ends, however it ends.
    private CancellationToken CancellationFor(LifecycleNotification notification)
    {
        if (notification.Action is not { TokenBits: var token })
        {
            return CancellationToken.None;
        }

        if (_actions.ByToken(token) < 0)
        {
            return new CancellationToken(canceled: true);
        }

        if (!_actionCancellations.TryGetValue(token, out var source))
        {
            source = new CancellationTokenSource();
            _actionCancellations.Add(token, source);
        }

        return source.Token;
    }

    // The action is over: its handlers' token is cancelled on the next drain, not in the middle of this operation.
    private void EndAction(int action)
    {
        if (_actionCancellations.Count > 0 && _actionCancellations.Remove(_actions.Token(action), out var source))
        {
            _endedActionTokens.Enqueue(source);
        }

        _actions.End(action);
    }
}
