using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Testing;

/// <summary>
/// Assertions about a simulated group that read as the sentence they check. Each throws a
/// <see cref="LifecycleAssertionException"/> that says what was expected and what happened.
/// </summary>
public static class LifecycleAssert
{
    /// <summary>The instance went through exactly these states, in order.</summary>
    /// <param name="kit">The group.</param>
    /// <param name="instanceId">The instance.</param>
    /// <param name="states">The states, from its first.</param>
    public static void WentThrough(SimulatorKit kit, InstanceId instanceId, params InstanceLifecycleState[] states)
    {
        ArgumentNullException.ThrowIfNull(kit);
        var actual = kit.Timeline.StatesOf(instanceId);
        if (!actual.SequenceEqual(states))
        {
            throw new LifecycleAssertionException(
                $"{instanceId} was expected to go through {Join(states)}, but went through {Join(actual)}.");
        }
    }

    /// <summary>The instance is in <paramref name="state"/> now.</summary>
    /// <param name="kit">The group.</param>
    /// <param name="instanceId">The instance.</param>
    /// <param name="state">The state.</param>
    public static void IsIn(SimulatorKit kit, InstanceId instanceId, InstanceLifecycleState state)
    {
        ArgumentNullException.ThrowIfNull(kit);
        if (!kit.Simulator.Instances.TryGetValue(instanceId, out var actual) || actual != state)
        {
            throw new LifecycleAssertionException(
                $"{instanceId} was expected to be {state.ToWire()} at t={kit.Simulator.Now.TotalSeconds}s, but is {(kit.Simulator.Instances.ContainsKey(instanceId) ? actual.ToWire() : "not part of the group")}.");
        }
    }

    /// <summary>The hook's action on the instance was completed (not timed out) with <paramref name="result"/>, at <paramref name="at"/> when given.</summary>
    /// <param name="kit">The group.</param>
    /// <param name="instanceId">The instance.</param>
    /// <param name="lifecycleHookName">The hook.</param>
    /// <param name="result">CONTINUE or ABANDON.</param>
    /// <param name="at">The virtual time it was completed, when the test cares.</param>
    public static void Completed(SimulatorKit kit, InstanceId instanceId, string lifecycleHookName, LifecycleActionResult result, TimeSpan? at = null)
    {
        ArgumentNullException.ThrowIfNull(kit);
        var action = kit.Timeline.Action(instanceId, LifecycleHookName.Parse(lifecycleHookName));
        if (action.Ending != LifecycleActionEnding.Completed || action.Result != result || (at is { } when && action.Ended != when))
        {
            throw new LifecycleAssertionException(
                $"The {lifecycleHookName} action on {instanceId} was expected to be completed with {result}{(at is { } t ? $" at t={t.TotalSeconds}s" : string.Empty)}, "
                + $"but it {Story(action)}.{Failures(kit)}");
        }
    }

    /// <summary>The hook's action on the instance timed out, and its DefaultResult <paramref name="result"/> applied.</summary>
    /// <param name="kit">The group.</param>
    /// <param name="instanceId">The instance.</param>
    /// <param name="lifecycleHookName">The hook.</param>
    /// <param name="result">The DefaultResult expected.</param>
    public static void TimedOut(SimulatorKit kit, InstanceId instanceId, string lifecycleHookName, LifecycleActionResult result)
    {
        ArgumentNullException.ThrowIfNull(kit);
        var action = kit.Timeline.Action(instanceId, LifecycleHookName.Parse(lifecycleHookName));
        if (action.Ending != LifecycleActionEnding.TimedOut || action.Result != result)
        {
            throw new LifecycleAssertionException(
                $"The {lifecycleHookName} action on {instanceId} was expected to time out with {result}, but it {Story(action)}.");
        }
    }

    /// <summary>No handler threw, and the service refused no call.</summary>
    /// <param name="kit">The group.</param>
    public static void NoFailures(SimulatorKit kit)
    {
        ArgumentNullException.ThrowIfNull(kit);
        var failures = kit.Timeline.HandlerFailures.Select(f => $"t={f.Time.TotalSeconds}s a handler threw {f.ExceptionType}: {f.Message}")
            .Concat(kit.Timeline.Errors.Select(e => $"t={e.Time.TotalSeconds}s the service refused a call: {e.Error}"))
            .ToList();
        if (failures.Count > 0)
        {
            throw new LifecycleAssertionException("Expected no failures, but: " + string.Join("; ", failures) + ".");
        }
    }

    private static string Story(LifecycleActionHistory action) => action.Ending switch
    {
        LifecycleActionEnding.Active => "is still active",
        LifecycleActionEnding.Completed => $"was completed with {action.Result} at t={action.Ended!.Value.TotalSeconds}s",
        LifecycleActionEnding.TimedOut => $"timed out at its {(action.GlobalTimeout ? "global" : "heartbeat")} deadline (t={action.Ended!.Value.TotalSeconds}s) with {action.Result}",
        _ => $"was stopped by another hook's ABANDON at t={action.Ended!.Value.TotalSeconds}s",
    };

    private static string Failures(SimulatorKit kit) => kit.Timeline.HandlerFailures.Count == 0 ? string.Empty
        : " Handler failures: " + string.Join("; ", kit.Timeline.HandlerFailures.Select(f => $"t={f.Time.TotalSeconds}s {f.ExceptionType}: {f.Message}")) + ".";

    private static string Join(IEnumerable<InstanceLifecycleState> states)
    {
        var list = states.Select(s => s.ToWire()).ToList();
        return list.Count == 0 ? "(no state)" : string.Join(", ", list);
    }
}
