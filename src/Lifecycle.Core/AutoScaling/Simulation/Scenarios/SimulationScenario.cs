using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Simulation.Scenarios;

/// <summary>
/// A scripted run of the simulator: a group, its hooks, and steps at whole seconds of virtual time. Read one from
/// YAML or JSON with <see cref="SimulationScenarioReader"/>, or build it in code, then call <see cref="Run"/>.
/// </summary>
/// <param name="AutoScalingGroupName">The group.</param>
/// <param name="Seed">The seed the lifecycle action tokens derive from.</param>
/// <param name="Hooks">The hooks put before the first step, as PutLifecycleHook requests of this group.</param>
/// <param name="Steps">The steps, in order; their times never go backwards.</param>
/// <param name="Until">Where virtual time stops; null to run until nothing is pending.</param>
public sealed record SimulationScenario(
    AutoScalingGroupName AutoScalingGroupName,
    ulong Seed,
    IReadOnlyList<PutLifecycleHookRequest> Hooks,
    IReadOnlyList<ScenarioStep> Steps,
    long? Until)
{
    /// <summary>The group's warm pool (PutWarmPool, §2.2), or null when it has none.</summary>
    public WarmPoolConfiguration? WarmPool { get; init; }

    /// <summary>InstanceLifecyclePolicy RetentionTriggers TerminateHookAbandon = retain (§2.8).</summary>
    public bool RetainOnTerminateAbandon { get; init; }

    /// <summary>The most events a run records unless told otherwise.</summary>
    public const int DefaultMaxEvents = 1_000_000;

    /// <summary>Runs the scenario on a new simulator.</summary>
    /// <param name="maxEvents">Where a run that would go on and on (see <see cref="ScenarioRun.Truncated"/>) stops.</param>
    /// <returns>The timeline, the steps the service refused, and the instances' last states.</returns>
    public ScenarioRun Run(int maxEvents = DefaultMaxEvents) => ScenarioRunner.Run(this, maxEvents);
}

/// <summary>One step of a scenario.</summary>
/// <param name="At">Virtual seconds since the start.</param>
/// <param name="Span">Where the step is written, when it was read from a file.</param>
public abstract record ScenarioStep(long At, SourceSpan? Span);

/// <summary>Scale out by <paramref name="Count"/> instances.</summary>
/// <param name="At">When.</param>
/// <param name="Count">How many instances.</param>
/// <param name="Span">Where it is written.</param>
public sealed record LaunchStep(long At, int Count, SourceSpan? Span = null) : ScenarioStep(At, Span);

/// <summary>Launch <paramref name="Count"/> new instances into the warm pool; the scenario needs a warm pool.</summary>
/// <param name="At">When.</param>
/// <param name="Count">How many instances.</param>
/// <param name="Span">Where it is written.</param>
public sealed record LaunchIntoWarmPoolStep(long At, int Count, SourceSpan? Span = null) : ScenarioStep(At, Span);

/// <summary>Scale in one instance (or terminate one resting in the warm pool).</summary>
/// <param name="At">When.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="Span">Where it is written.</param>
public sealed record TerminateStep(long At, string InstanceId, SourceSpan? Span = null) : ScenarioStep(At, Span);

/// <summary>RecordLifecycleActionHeartbeat, by instance id or by token.</summary>
/// <param name="At">When.</param>
/// <param name="LifecycleHookName">The hook.</param>
/// <param name="InstanceId">The instance, or null when a token is given.</param>
/// <param name="LifecycleActionToken">The token, or null when an instance is given.</param>
/// <param name="Span">Where it is written.</param>
public sealed record HeartbeatStep(long At, string LifecycleHookName, string? InstanceId, string? LifecycleActionToken, SourceSpan? Span = null)
    : ScenarioStep(At, Span);

/// <summary>CompleteLifecycleAction, by instance id or by token.</summary>
/// <param name="At">When.</param>
/// <param name="LifecycleHookName">The hook.</param>
/// <param name="Result">CONTINUE or ABANDON.</param>
/// <param name="InstanceId">The instance, or null when a token is given.</param>
/// <param name="LifecycleActionToken">The token, or null when an instance is given.</param>
/// <param name="Span">Where it is written.</param>
public sealed record CompleteStep(
    long At, string LifecycleHookName, LifecycleActionResult Result, string? InstanceId, string? LifecycleActionToken, SourceSpan? Span = null)
    : ScenarioStep(At, Span);

/// <summary>PutLifecycleHook while the group runs.</summary>
/// <param name="At">When.</param>
/// <param name="Request">The request; its group is the scenario's.</param>
/// <param name="Span">Where it is written.</param>
public sealed record PutHookStep(long At, PutLifecycleHookRequest Request, SourceSpan? Span = null) : ScenarioStep(At, Span);

/// <summary>DeleteLifecycleHook while the group runs.</summary>
/// <param name="At">When.</param>
/// <param name="LifecycleHookName">The hook.</param>
/// <param name="Span">Where it is written.</param>
public sealed record DeleteHookStep(long At, string LifecycleHookName, SourceSpan? Span = null) : ScenarioStep(At, Span);
