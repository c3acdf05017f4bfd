namespace Lifecycle.Core.AutoScaling.Simulation.Scenarios;

/// <summary>What a scenario did.</summary>
/// <param name="Timeline">Everything that happened, in time order, notifications included.</param>
/// <param name="StepErrors">The steps the service refused, by the index of their error in <paramref name="Timeline"/>.</param>
/// <param name="End">The virtual time the run stopped at.</param>
/// <param name="Instances">Each instance's state at the end, in launch order.</param>
/// <param name="Truncated">True when the run stopped early because it passed the most events asked for.</param>
public sealed record ScenarioRun(
    IReadOnlyList<SimulationEvent> Timeline,
    IReadOnlyDictionary<int, int> StepErrors,
    long End,
    IReadOnlyList<KeyValuePair<string, InstanceLifecycleState>> Instances,
    bool Truncated)
{
    /// <summary>The 1-based number of the step that caused the error at <paramref name="timelineIndex"/>, or null.</summary>
    /// <param name="timelineIndex">An index into <see cref="Timeline"/>.</param>
    /// <returns>The step number, or null when the event came from no step.</returns>
    public int? StepOf(int timelineIndex) => StepErrors.TryGetValue(timelineIndex, out var step) ? step : null;
}
