using System.Text.Json.Serialization;

namespace Lifecycle.Core.CodeDeploy.Execution;

/// <summary>Something that happened in a running deployment, for callers that show progress.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="DeploymentId">The deployment.</param>
/// <param name="LifecycleEvent">The event; null for deployment-level progress.</param>
/// <param name="Script">The script result, for ScriptCompleted.</param>
/// <param name="Status">The event's or deployment's new status, where it has one.</param>
/// <param name="At">When, from the engine's TimeProvider.</param>
public sealed record DeploymentProgress(
    DeploymentProgressKind Kind, string DeploymentId, string? LifecycleEvent, ScriptResult? Script, string? Status, DateTimeOffset At);

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
