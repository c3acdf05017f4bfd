namespace Lifecycle.Core.AutoScaling.Simulation.Scenarios;

/// <summary>What a scenario did.</summary>
public sealed record ScenarioRun
{
    /// <summary>Everything that happened, in time order, notifications included.</summary>
    public required IReadOnlyList<SimulationEvent> Timeline { get; init; }

    /// <summary>The virtual time the run stopped at.</summary>
    public required TimeSpan End { get; init; }

    /// <summary>Each instance's state at the end, in launch order.</summary>
    public required IReadOnlyList<KeyValuePair<InstanceId, InstanceLifecycleState>> Instances { get; init; }

    /// <summary>True when the run stopped early because it passed the most events asked for.</summary>
    public bool Truncated { get; init; }

    /// <summary>The steps the service refused, by the index of their error in <see cref="Timeline"/>.</summary>
    internal IReadOnlyDictionary<int, int> StepErrors { get; init; } = new Dictionary<int, int>();

    /// <summary>The 1-based number of the step that caused the error at <paramref name="timelineIndex"/>, or null.</summary>
    /// <param name="timelineIndex">An index into <see cref="Timeline"/>.</param>
    /// <returns>The step number, or null when the event came from no step.</returns>
    public int? StepOf(int timelineIndex) => StepErrors.TryGetValue(timelineIndex, out var step) ? step : null;
}
