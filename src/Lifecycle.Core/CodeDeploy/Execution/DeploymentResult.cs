using System.Text.Json.Serialization;
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
public sealed record EventResult
{
    [JsonConstructor]
    internal EventResult(LifecycleEventName name, LifecycleEventStatus status, IReadOnlyList<ScriptResult> scripts, DateTimeOffset? started, DateTimeOffset? ended, HookFailureCode failure = HookFailureCode.None, bool failureIgnored = false)
    {
        Name = name;
        Status = status;
        Scripts = scripts;
        Started = started;
        Ended = ended;
        Failure = failure;
        FailureIgnored = failureIgnored;
    }

    /// <summary>The event name.</summary>
    public LifecycleEventName Name { get; init; }

    /// <summary>Succeeded, Failed or Skipped (Pending only while running).</summary>
    public LifecycleEventStatus Status { get; init; }

    /// <summary>Each script run, in order.</summary>
    public IReadOnlyList<ScriptResult> Scripts { get; init; }

    /// <summary>When it started; null when it did not run.</summary>
    public DateTimeOffset? Started { get; init; }

    /// <summary>When it ended; null when it did not run.</summary>
    public DateTimeOffset? Ended { get; init; }

    /// <summary>Why it failed, when it did.</summary>
    public HookFailureCode Failure { get; init; }

    /// <summary>True when it failed but the deployment went on (ignoreApplicationStopFailures).</summary>
    public bool FailureIgnored { get; init; }
}

/// <summary>One script (or function) run.</summary>
public sealed record ScriptResult
{
    [JsonConstructor]
    internal ScriptResult(HookScript script, ScriptOutcome outcome, TimeSpan duration)
    {
        Script = script;
        Outcome = outcome;
        Duration = duration;
    }

    /// <summary>The script; for a function hook, its name is the location.</summary>
    public HookScript Script { get; init; }

    /// <summary>How it ended.</summary>
    public ScriptOutcome Outcome { get; init; }

    /// <summary>How long it took, by the engine's TimeProvider.</summary>
    public TimeSpan Duration { get; init; }
}
