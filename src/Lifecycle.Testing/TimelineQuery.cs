using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Testing;

/// <summary>
/// Questions a test asks of a simulator's timeline: per instance (its states), per hook and per action (its
/// history), and what went wrong (handler failures, refused calls). Reads the timeline as it is when asked.
/// </summary>
public sealed class TimelineQuery
{
    private readonly Func<IReadOnlyList<SimulationEvent>> _timeline;

    /// <summary>Queries a timeline, such as <see cref="AutoScalingSimulator.Timeline"/> or a scenario run's.</summary>
    /// <param name="timeline">Gives the events, in order, each time it is asked.</param>
    public TimelineQuery(Func<IReadOnlyList<SimulationEvent>> timeline) => _timeline = timeline ?? throw new ArgumentNullException(nameof(timeline));

    /// <summary>The states the instance entered, in order.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <returns>Its states; empty when the timeline never saw it.</returns>
    public IReadOnlyList<InstanceLifecycleState> StatesOf(InstanceId instanceId) =>
        [.. _timeline().OfType<InstanceStateChanged>().Where(e => e.InstanceId == instanceId).Select(e => e.State)];

    /// <summary>When the instance entered <paramref name="state"/> first, or null when it never did.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="state">The state.</param>
    /// <returns>The virtual time.</returns>
    public TimeSpan? WhenEntered(InstanceId instanceId, InstanceLifecycleState state) =>
        _timeline().OfType<InstanceStateChanged>().FirstOrDefault(e => e.InstanceId == instanceId && e.State == state)?.Time;

    /// <summary>Every action's history, in the order they started.</summary>
    public IReadOnlyList<LifecycleActionHistory> Actions => Histories();

    /// <summary>The actions of one hook.</summary>
    /// <param name="lifecycleHookName">The hook.</param>
    /// <returns>Their histories, in the order they started.</returns>
    public IReadOnlyList<LifecycleActionHistory> ActionsOf(LifecycleHookName lifecycleHookName) =>
        [.. Histories().Where(a => a.LifecycleHookName == lifecycleHookName)];

    /// <summary>The actions of one instance.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <returns>Their histories, in the order they started.</returns>
    public IReadOnlyList<LifecycleActionHistory> ActionsOf(InstanceId instanceId) =>
        [.. Histories().Where(a => a.InstanceId == instanceId)];

    /// <summary>The one action of a hook on an instance.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="lifecycleHookName">The hook.</param>
    /// <returns>Its history.</returns>
    /// <exception cref="LifecycleAssertionException">There is none, or more than one (the instance waited for the hook more than once).</exception>
    public LifecycleActionHistory Action(InstanceId instanceId, LifecycleHookName lifecycleHookName)
    {
        var found = Histories().Where(a => a.InstanceId == instanceId && a.LifecycleHookName == lifecycleHookName).ToList();
        return found.Count == 1 ? found[0]
            : throw new LifecycleAssertionException(
                $"Expected one action of hook {lifecycleHookName} on {instanceId}, but the timeline has {found.Count}. "
                + $"Actions: {Describe(Histories())}.");
    }

    /// <summary>The handlers' failures, in order.</summary>
    public IReadOnlyList<HandlerFailed> HandlerFailures => [.. _timeline().OfType<HandlerFailed>()];

    /// <summary>The calls the service refused, in order.</summary>
    public IReadOnlyList<SimulationError> Errors => [.. _timeline().OfType<SimulationError>()];

    internal static string Describe(IEnumerable<LifecycleActionHistory> actions)
    {
        var lines = actions.Select(a => $"{a.LifecycleHookName} on {a.InstanceId} {a.Ending}{(a.Result is { } r ? " " + r : string.Empty)}").ToList();
        return lines.Count == 0 ? "none" : string.Join("; ", lines);
    }

    private List<LifecycleActionHistory> Histories()
    {
        var order = new List<LifecycleActionToken>();
        var byToken = new Dictionary<LifecycleActionToken, LifecycleActionHistory>();
        foreach (var e in _timeline())
        {
            switch (e)
            {
                case LifecycleActionStarted s:
                    order.Add(s.Action.LifecycleActionToken);
                    byToken[s.Action.LifecycleActionToken] = new LifecycleActionHistory(s.Action);
                    break;
                case LifecycleActionHeartbeat h when byToken.TryGetValue(h.Action.LifecycleActionToken, out var a):
                    byToken[h.Action.LifecycleActionToken] = a with { Heartbeats = [.. a.Heartbeats, h.Time] };
                    break;
                case LifecycleActionCompleted c when byToken.TryGetValue(c.Action.LifecycleActionToken, out var a):
                    byToken[c.Action.LifecycleActionToken] = a with { Ending = LifecycleActionEnding.Completed, Ended = c.Time, Result = c.Result };
                    break;
                case LifecycleActionTimedOut t when byToken.TryGetValue(t.Action.LifecycleActionToken, out var a):
                    byToken[t.Action.LifecycleActionToken] = a with { Ending = LifecycleActionEnding.TimedOut, Ended = t.Time, Result = t.Result, GlobalTimeout = t.GlobalTimeout };
                    break;
                case LifecycleActionStopped s when byToken.TryGetValue(s.Action.LifecycleActionToken, out var a):
                    byToken[s.Action.LifecycleActionToken] = a with { Ending = LifecycleActionEnding.Stopped, Ended = s.Time };
                    break;
            }
        }

        return [.. order.Select(t => byToken[t])];
    }
}
