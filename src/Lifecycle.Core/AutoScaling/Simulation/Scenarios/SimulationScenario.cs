using System.Text.Json.Serialization;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Simulation.Scenarios;

/// <summary>
/// A scripted run of the simulator: a group, its hooks, and steps at whole seconds of virtual time. Read one from
/// YAML or JSON with <see cref="SimulationScenarioReader"/>, or build it in code, then call <see cref="Run(int)"/>.
/// </summary>
public sealed record SimulationScenario
{
    /// <summary>The group.</summary>
    public required AutoScalingGroupName AutoScalingGroupName { get; init; }

    /// <summary>The seed the lifecycle action tokens derive from (default 1).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The hooks put before the first step, as PutLifecycleHook requests of this group.</summary>
    public IReadOnlyList<PutLifecycleHookRequest> Hooks { get; init; } = [];

    /// <summary>The steps, in order; their times never go backwards.</summary>
    public IReadOnlyList<ScenarioStep> Steps { get; init; } = [];

    /// <summary>Where virtual time stops (whole seconds); null to run until nothing is pending.</summary>
    public TimeSpan? Until { get; init; }

    /// <summary>The group's warm pool (PutWarmPool), or null when it has none.</summary>
    public WarmPoolConfiguration? WarmPool { get; init; }

    /// <summary>InstanceLifecyclePolicy RetentionTriggers TerminateHookAbandon = retain.</summary>
    public bool RetainOnTerminateAbandon { get; init; }

    /// <summary>The most events a run records unless told otherwise.</summary>
    public const int DefaultMaxEvents = 1_000_000;

    /// <summary>Runs the scenario on a new simulator.</summary>
    /// <param name="maxEvents">Where a run that would go on and on (see <see cref="ScenarioRun.Truncated"/>) stops.</param>
    /// <returns>The timeline, the steps the service refused, and the instances' last states.</returns>
    public ScenarioRun Run(int maxEvents = DefaultMaxEvents) => ScenarioRunner.Run(this, maxEvents);

    /// <summary>
    /// Runs the scenario on a new simulator, handing each event to <paramref name="onEvent"/> as it happens and
    /// keeping none, so that memory is that of the live instances and actions however long the run. The run stops
    /// at once when it passes <paramref name="maxEvents"/> (<see cref="ScenarioRun.Truncated"/>).
    /// </summary>
    /// <param name="onEvent">Called with each event, and for an error the service returned to a step, the step's 1-based number.</param>
    /// <param name="maxEvents">Where a run that would go on and on stops.</param>
    /// <returns>The end, the instances' last states and whether the run was cut short; its timeline is empty.</returns>
    public ScenarioRun Run(Action<SimulationEvent, int?> onEvent, int maxEvents = DefaultMaxEvents)
    {
        ArgumentNullException.ThrowIfNull(onEvent);
        return ScenarioRunner.Run(this, maxEvents, onEvent);
    }
}

/// <summary>One step of a scenario.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(LaunchStep), "launch")]
[JsonDerivedType(typeof(LaunchIntoWarmPoolStep), "launchIntoWarmPool")]
[JsonDerivedType(typeof(TerminateStep), "terminate")]
[JsonDerivedType(typeof(HeartbeatStep), "heartbeat")]
[JsonDerivedType(typeof(CompleteStep), "complete")]
[JsonDerivedType(typeof(PutHookStep), "putHook")]
[JsonDerivedType(typeof(DeleteHookStep), "deleteHook")]
public abstract record ScenarioStep
{
    private protected ScenarioStep()
    {
    }

    /// <summary>When, as virtual time since the start (whole seconds).</summary>
    public required TimeSpan At { get; init; }

    /// <summary>Where the step is written, when it was read from a file.</summary>
    public SourceSpan? Span { get; init; }
}

/// <summary>Scale out by <see cref="Count"/> instances.</summary>
public sealed record LaunchStep : ScenarioStep
{
    /// <summary>How many instances.</summary>
    public required int Count { get; init; }
}

/// <summary>Launch <see cref="Count"/> new instances into the warm pool; the scenario needs a warm pool.</summary>
public sealed record LaunchIntoWarmPoolStep : ScenarioStep
{
    /// <summary>How many instances.</summary>
    public required int Count { get; init; }
}

/// <summary>Scale in one instance (or terminate one resting in the warm pool).</summary>
public sealed record TerminateStep : ScenarioStep
{
    /// <summary>The instance.</summary>
    public required InstanceId InstanceId { get; init; }
}

/// <summary>A call about one lifecycle action, which it names by instance id or by token.</summary>
public abstract record LifecycleActionStep : ScenarioStep
{
    private protected LifecycleActionStep()
    {
    }

    /// <summary>The hook.</summary>
    public required LifecycleHookName LifecycleHookName { get; init; }

    /// <summary>The instance, or null when a token is given.</summary>
    public InstanceId? InstanceId { get; init; }

    /// <summary>The token, or null when an instance is given.</summary>
    public LifecycleActionToken? LifecycleActionToken { get; init; }
}

/// <summary>RecordLifecycleActionHeartbeat, by instance id or by token.</summary>
public sealed record HeartbeatStep : LifecycleActionStep;

/// <summary>CompleteLifecycleAction, by instance id or by token.</summary>
public sealed record CompleteStep : LifecycleActionStep
{
    /// <summary>CONTINUE or ABANDON.</summary>
    public required LifecycleActionResult Result { get; init; }
}

/// <summary>PutLifecycleHook while the group runs.</summary>
public sealed record PutHookStep : ScenarioStep
{
    /// <summary>The request; its group is the scenario's.</summary>
    public required PutLifecycleHookRequest Request { get; init; }
}

/// <summary>DeleteLifecycleHook while the group runs.</summary>
public sealed record DeleteHookStep : ScenarioStep
{
    /// <summary>The hook.</summary>
    public required LifecycleHookName LifecycleHookName { get; init; }
}
