using System.Text.Json.Serialization;

namespace Lifecycle.Core.CodeDeploy.Execution;

/// <summary>Something that happened in a running deployment, for callers that show progress.</summary>
public sealed record DeploymentProgress
{
    /// <summary>What happened.</summary>
    public required DeploymentProgressKind Kind { get; init; }

    /// <summary>The deployment.</summary>
    public required string DeploymentId { get; init; }

    /// <summary>The event; null for deployment-level progress.</summary>
    public LifecycleEventName? LifecycleEvent { get; init; }

    /// <summary>The script result, for <see cref="DeploymentProgressKind.ScriptCompleted"/>.</summary>
    public ScriptResult? Script { get; init; }

    /// <summary>The event's new status, for <see cref="DeploymentProgressKind.EventStarted"/> and <see cref="DeploymentProgressKind.EventCompleted"/>.</summary>
    public LifecycleEventStatus? EventStatus { get; init; }

    /// <summary>The deployment's status, for <see cref="DeploymentProgressKind.DeploymentCompleted"/>.</summary>
    public DeploymentStatus? DeploymentStatus { get; init; }

    /// <summary>When, from the engine's TimeProvider.</summary>
    public required DateTimeOffset At { get; init; }
}

/// <summary>The kinds of <see cref="DeploymentProgress"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeploymentProgressKind>))]
public enum DeploymentProgressKind
{
    /// <summary>The deployment started.</summary>
    DeploymentStarted,

    /// <summary>An event started.</summary>
    EventStarted,

    /// <summary>A script or function ended.</summary>
    ScriptCompleted,

    /// <summary>An event ended (or was skipped).</summary>
    EventCompleted,

    /// <summary>The deployment ended.</summary>
    DeploymentCompleted,
}
