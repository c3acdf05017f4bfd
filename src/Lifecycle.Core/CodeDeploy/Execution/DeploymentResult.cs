using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.CodeDeploy.Execution;

/// <summary>What a deployment did: its status, each event's, and the rollback it triggered, if any.</summary>
public sealed record DeploymentResult
{
    /// <summary>The deployment id.</summary>
    public required string DeploymentId { get; init; }

    /// <summary>How it ended.</summary>
    public required DeploymentStatus Status { get; init; }

    /// <summary>Every event of the plan, in order.</summary>
    public required IReadOnlyList<EventResult> Events { get; init; }

    /// <summary>When it started and ended, from the engine's TimeProvider.</summary>
    public required DateTimeOffset Started { get; init; }

    /// <summary>When it ended.</summary>
    public required DateTimeOffset Ended { get; init; }

    /// <summary>The rollback deployment run after a failure (a new deployment id), or null.</summary>
    public DeploymentResult? Rollback { get; init; }
}

/// <summary>One event of a deployment.</summary>
/// <param name="Name">The event name.</param>
/// <param name="Status">Succeeded, Failed or Skipped (Pending only while running).</param>
/// <param name="Scripts">Each script run, in order.</param>
/// <param name="Started">When it started; null when it did not run.</param>
/// <param name="Ended">When it ended; null when it did not run.</param>
/// <param name="Failure">Why it failed, when it did.</param>
/// <param name="FailureIgnored">True when it failed but the deployment went on (ignoreApplicationStopFailures).</param>
public sealed record EventResult(
    string Name, LifecycleEventStatus Status, IReadOnlyList<ScriptResult> Scripts, DateTimeOffset? Started, DateTimeOffset? Ended,
    HookFailureCode Failure = HookFailureCode.None, bool FailureIgnored = false);

/// <summary>One script (or function) run.</summary>
/// <param name="Script">The script; for a function hook, its name is the location.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Duration">How long it took, by the engine's TimeProvider.</param>
public sealed record ScriptResult(HookScript Script, ScriptOutcome Outcome, TimeSpan Duration);
