using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>Instances through their states: launch, the wait states, the end of each action, and where an instance goes next.</summary>
public sealed partial class AutoScalingSimulator
{
    /// <summary>
    /// When the next deadline or scheduled work falls due, as virtual time, or null when nothing is pending. A host
    /// that drives several simulators on one clock (one per group) advances them all to the earliest of these, so
    /// that what happens in different groups keeps the order of time.
    /// </summary>
    public TimeSpan? NextDue => NextDueSecond() is { } due ? TimeSpan.FromSeconds(due) : null;

    private long? NextDueSecond()
    {
        // Entries a heartbeat moved, or whose action ended, are skipped so that idle time stops at real work.
        long? due = _actions.TryPeekDeadline(out _, out var earliest) ? earliest : null;
        if (_callbacks.TryPeek(out _, out var when) && (due is null || when.At < due))
        {
            due = when.At;
        }

        return due;
    }

    // Scale out by one: the warm pool's longest-resting instance when there is one (the order is an assumption),
    // else a new instance (§2.2: "If the pool is depleted, instances launch directly into the group").
    private InstanceId LaunchOne()
    {
        while (_warmPool.TryDequeue(out var warm))
        {
            if (warm.State.IsResting())
            {
                return Start(warm, Passage.LeaveWarmPool).Id;
            }
        }

        return Start(NewInstance(), Passage.LaunchIntoGroup).Id;
    }

    private SimulatedInstance NewInstance()
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"i-{_firstInstanceNumber + _instances.Count:D17}");
        var instance = new SimulatedInstance(InstanceId.FromValidated(id));
        _instances.Add(instance);
        return instance;
    }

    // The group's instance ids are "i-" and the instance's number in 17 digits, so the number finds the instance
    // without hashing the text (the lookup of every call that names an instance).
    private bool TryGetInstance(string id, [NotNullWhen(true)] out SimulatedInstance? instance)
    {
        instance = null;
        if (id.Length != 19 || !id.StartsWith("i-", StringComparison.Ordinal)
            || !long.TryParse(id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < _firstInstanceNumber || number - _firstInstanceNumber >= _instances.Count)
        {
            return false;
        }

        instance = _instances[(int)(number - _firstInstanceNumber)];
        return true;
    }

    // The instance sets out on a passage: its first state, then the hooks of the transition hold it.
    // §4: one action per hook on the transition, all started together (an assumption: AWS does not say).
    private SimulatedInstance Start(SimulatedInstance instance, Passage passage)
    {
        instance.Passage = passage;
        Enter(instance, passage.Entry());
        var hooks = HooksOn(passage.Transition());
        if (hooks.Length == 0)
        {
            Finish(instance, abandoned: false);
            return instance;
        }

        Enter(instance, passage.Wait());
        var (origin, destination) = passage.Locations(WarmPool is not null);
        foreach (var hook in hooks)
        {
            var action = _actions.Start(instance, hook, _now, origin, destination);
            if (!RecordTimeline && _handlers.Count == 0)
            {
                continue; // nobody reads the event or the notification
            }

            var snapshot = _actions.Snapshot(action);
            _timeline.ActionStarted(_now, snapshot);
            Notify(snapshot, hook);
        }

        return instance;
    }

    // An action ends: record it (with the caller's snapshot of it, when it took one), then resolve the instance (§4 "Resolution").
    private void End(int action, LifecycleActionResult result, bool timedOut, bool global, LifecycleActionSnapshot? snapshot = null)
    {
        var instance = _actions.Instance(action);
        _timeline.ActionEnded(_now, action, result, timedOut, global, snapshot);
        EndAction(action);
        if (result.IsAbandon)
        {
            // §2.4: ABANDON stops the instance's other actions on this transition.
            foreach (var other in _actions.OfInstance(instance))
            {
                _timeline.ActionStopped(_now, other);
                EndAction(other);
            }

            Finish(instance, abandoned: true);
        }
        else if (!instance.Waiting)
        {
            // All must CONTINUE before the instance proceeds (an assumption of §4: AWS does not say).
            Finish(instance, abandoned: false);
        }
    }

    // The hooks are done with the instance: it proceeds to the passage's destination (§2.1, §2.2, §2.4, §2.8).
    private void Finish(SimulatedInstance instance, bool abandoned)
    {
        var passage = instance.Passage;
        if (abandoned && passage.IsLaunching())
        {
            // §2.4: an abandoned launch terminates the instance and launches a replacement, into the pool for an
            // instance that was on its way there. Whether the terminating hooks run for it is not found; the
            // simulator assumes they do not.
            var warm = passage == Passage.LaunchIntoWarmPool;
            Enter(instance, warm ? InstanceLifecycleState.WarmedTerminating : InstanceLifecycleState.Terminating);
            Enter(instance, warm ? InstanceLifecycleState.WarmedTerminated : InstanceLifecycleState.Terminated);
            if (warm)
            {
                Start(NewInstance(), Passage.LaunchIntoWarmPool);
            }
            else
            {
                LaunchOne();
            }

            return;
        }

        if (instance.State == passage.Wait())
        {
            Enter(instance, passage.Proceed());
        }

        if (abandoned && RetainOnTerminateAbandon)
        {
            // §2.8: an abandoned termination retains the instance; retained instances leave the desired capacity and
            // a replacement launches. For the warm pool's retained states the reference names no replacement, and the
            // simulator launches none (an assumption).
            Enter(instance, passage.Retained());
            if (passage == Passage.TerminateFromGroup)
            {
                LaunchOne();
            }

            return;
        }

        // An ABANDON on the way back to the pool still returns the instance there, as an ABANDON on termination
        // still terminates (§2.4; for the pool an assumption).
        var destination = passage.Destination(WarmPool?.PoolState ?? WarmPoolState.Stopped);
        Enter(instance, destination);
        if (destination.IsResting())
        {
            _warmPool.Enqueue(instance);
        }
    }

    // The active action of the hook, by token or else by instance; -1 when there is none.
    private int Find(string hookName, string? token, string? instanceId)
    {
        // With both, the token decides (what AWS does with both is not found, §1.5).
        if (token is not null)
        {
            // An ended action's token is forgotten: it then finds nothing, as the service answers for any unknown token.
            var byToken = TokenGenerator.TryParse(token, out var value) ? _actions.ByToken(value) : -1;
            return byToken >= 0 && _actions.Hook(byToken).LifecycleHookName.Value == hookName ? byToken : -1;
        }

        return instanceId is not null && TryGetInstance(instanceId, out var instance) ? _actions.OfInstance(instance, hookName) : -1;
    }

    private static Result<LifecycleActionSnapshot> NoActiveAction(string? token, string? instanceId) =>
        Result.Failure<LifecycleActionSnapshot>(Error(
            token is not null ? $"No active Lifecycle Action found with token {token}"
            : instanceId is not null ? $"No active Lifecycle Action found with instance ID {instanceId}"
            : "Give the LifecycleActionToken or the InstanceId of the action."));

    private void Enter(SimulatedInstance instance, InstanceLifecycleState state)
    {
        instance.State = state;
        _timeline.StateChanged(_now, instance.Id, state);
    }

    private Result<T> Record<T>(Result<T> result)
    {
        if (RecordTimeline && AutoScalingError.Of(result) is { } error)
        {
            _timeline.Error(_now, error);
        }

        return result;
    }

    private static Diagnostic Error(string message) => new(AutoScalingDiagnosticCodes.NoActiveLifecycleAction, DiagnosticSeverity.Error, message, string.Empty);
}
