namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>
/// The simulator's record of what happened: one method per kind of event, each a no-op when recording is off (so
/// the caller builds no event, and no snapshot, that nobody reads). Handler failures are recorded either way.
/// </summary>
internal sealed class TimelineRecorder(LifecycleActionTable actions)
{
    private readonly List<SimulationEvent> _events = [];

    public bool IsOn { get; set; } = true;

    public IReadOnlyList<SimulationEvent> Events => _events;

    public void Clear() => _events.Clear();

    /// <summary>Where each event goes as it happens instead of into <see cref="Events"/>; null to keep them.</summary>
    public Action<SimulationEvent>? Sink { get; set; }

    private void Record(SimulationEvent e)
    {
        if (Sink is { } sink)
        {
            sink(e);
        }
        else
        {
            _events.Add(e);
        }
    }

    public void StateChanged(long now, InstanceId instance, InstanceLifecycleState state)
    {
        if (IsOn)
        {
            Record(new InstanceStateChanged(TimeSpan.FromSeconds(now), instance, state));
        }
    }

    public void ActionStarted(long now, LifecycleActionSnapshot snapshot)
    {
        if (IsOn)
        {
            Record(new LifecycleActionStarted(TimeSpan.FromSeconds(now), snapshot));
        }
    }

    public void Heartbeat(long now, LifecycleActionSnapshot snapshot)
    {
        if (IsOn)
        {
            Record(new LifecycleActionHeartbeat(TimeSpan.FromSeconds(now), snapshot));
        }
    }

    /// <summary>An action completed or timed out; <paramref name="snapshot"/> is the caller's when it took one already.</summary>
    public void ActionEnded(long now, int action, LifecycleActionResult result, bool timedOut, bool global, LifecycleActionSnapshot? snapshot)
    {
        if (IsOn)
        {
            snapshot ??= actions.Snapshot(action);
            var time = TimeSpan.FromSeconds(now);
            Record(timedOut ? new LifecycleActionTimedOut(time, snapshot, result, global) : new LifecycleActionCompleted(time, snapshot, result));
        }
    }

    public void ActionStopped(long now, int action)
    {
        if (IsOn)
        {
            Record(new LifecycleActionStopped(TimeSpan.FromSeconds(now), actions.Snapshot(action)));
        }
    }

    public void NotificationSent(long now, LifecycleNotification notification)
    {
        if (IsOn)
        {
            Record(new NotificationSent(TimeSpan.FromSeconds(now), notification));
        }
    }

    public void Error(long now, AutoScalingError error)
    {
        if (IsOn)
        {
            Record(new SimulationError(TimeSpan.FromSeconds(now), error));
        }
    }

    /// <summary>Recorded even when recording is off: a crashed handler must never pass unseen.</summary>
    public void HandlerFailed(long now, LifecycleNotification notification, Exception exception) =>
        Record(new HandlerFailed(TimeSpan.FromSeconds(now), notification, exception));
}
