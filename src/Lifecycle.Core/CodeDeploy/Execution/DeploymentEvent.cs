using System.Text.Json.Serialization;

namespace Lifecycle.Core.CodeDeploy.Execution;

/// <summary>
/// Something that happened in a running deployment, reported through <c>IProgress&lt;DeploymentEvent&gt;</c> as it
/// happens: one type per kind, as the simulator's timeline is. The engine makes them; code reads them.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DeploymentStarted), nameof(DeploymentStarted))]
[JsonDerivedType(typeof(LifecycleEventStarted), nameof(LifecycleEventStarted))]
[JsonDerivedType(typeof(ScriptCompleted), nameof(ScriptCompleted))]
[JsonDerivedType(typeof(LifecycleEventCompleted), nameof(LifecycleEventCompleted))]
[JsonDerivedType(typeof(DeploymentCompleted), nameof(DeploymentCompleted))]
public abstract record DeploymentEvent
{
    private protected DeploymentEvent(string deploymentId, DateTimeOffset time)
    {
        DeploymentId = deploymentId;
        Time = time;
    }

    /// <summary>The deployment.</summary>
    public string DeploymentId { get; init; }

    /// <summary>When, from the engine's TimeProvider.</summary>
    public DateTimeOffset Time { get; init; }
}

/// <summary>The deployment started.</summary>
public sealed record DeploymentStarted : DeploymentEvent
{
    [JsonConstructor]
    internal DeploymentStarted(string deploymentId, DateTimeOffset time)
        : base(deploymentId, time)
    {
    }
}

/// <summary>A lifecycle event started (its status is InProgress).</summary>
public sealed record LifecycleEventStarted : DeploymentEvent
{
    [JsonConstructor]
    internal LifecycleEventStarted(string deploymentId, DateTimeOffset time, LifecycleEventName lifecycleEvent)
        : base(deploymentId, time) => LifecycleEvent = lifecycleEvent;

    /// <summary>The event.</summary>
    public LifecycleEventName LifecycleEvent { get; init; }
}

/// <summary>A script (or an ECS or Lambda hook function) ended.</summary>
public sealed record ScriptCompleted : DeploymentEvent
{
    [JsonConstructor]
    internal ScriptCompleted(string deploymentId, DateTimeOffset time, LifecycleEventName lifecycleEvent, ScriptResult script)
        : base(deploymentId, time)
    {
        LifecycleEvent = lifecycleEvent;
        Script = script;
    }

    /// <summary>The event it ran in.</summary>
    public LifecycleEventName LifecycleEvent { get; init; }

    /// <summary>The script, how it ended and how long it took.</summary>
    public ScriptResult Script { get; init; }
}

/// <summary>A lifecycle event ended, or was skipped.</summary>
public sealed record LifecycleEventCompleted : DeploymentEvent
{
    [JsonConstructor]
    internal LifecycleEventCompleted(string deploymentId, DateTimeOffset time, LifecycleEventName lifecycleEvent, LifecycleEventStatus status)
        : base(deploymentId, time)
    {
        LifecycleEvent = lifecycleEvent;
        Status = status;
    }

    /// <summary>The event.</summary>
    public LifecycleEventName LifecycleEvent { get; init; }

    /// <summary>Succeeded, Failed or Skipped.</summary>
    public LifecycleEventStatus Status { get; init; }
}

/// <summary>The deployment ended.</summary>
public sealed record DeploymentCompleted : DeploymentEvent
{
    [JsonConstructor]
    internal DeploymentCompleted(string deploymentId, DateTimeOffset time, DeploymentStatus status)
        : base(deploymentId, time) => Status = status;

    /// <summary>Succeeded, Failed or Stopped.</summary>
    public DeploymentStatus Status { get; init; }
}
