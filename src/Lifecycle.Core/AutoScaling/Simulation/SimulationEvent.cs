using System.Text.Json.Serialization;

namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>What happened in a simulation, at a whole second of virtual time. The simulator makes them; code reads them.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(InstanceStateChanged), nameof(InstanceStateChanged))]
[JsonDerivedType(typeof(LifecycleActionStarted), nameof(LifecycleActionStarted))]
[JsonDerivedType(typeof(LifecycleActionHeartbeat), nameof(LifecycleActionHeartbeat))]
[JsonDerivedType(typeof(LifecycleActionCompleted), nameof(LifecycleActionCompleted))]
[JsonDerivedType(typeof(LifecycleActionTimedOut), nameof(LifecycleActionTimedOut))]
[JsonDerivedType(typeof(LifecycleActionStopped), nameof(LifecycleActionStopped))]
[JsonDerivedType(typeof(NotificationSent), nameof(NotificationSent))]
[JsonDerivedType(typeof(HandlerFailed), nameof(HandlerFailed))]
[JsonDerivedType(typeof(SimulationError), nameof(SimulationError))]
public abstract record SimulationEvent
{
    private protected SimulationEvent(TimeSpan time) => Time = time;

    /// <summary>When, as virtual time since the simulation started (whole seconds).</summary>
    public TimeSpan Time { get; init; }
}

/// <summary>An instance entered a state: one transition of <see cref="InstanceStateMachine"/>.</summary>
public sealed record InstanceStateChanged : SimulationEvent
{
    [JsonConstructor]
    internal InstanceStateChanged(TimeSpan time, InstanceId instanceId, InstanceLifecycleState state)
        : base(time)
    {
        InstanceId = instanceId;
        State = state;
    }

    /// <summary>The instance.</summary>
    public InstanceId InstanceId { get; init; }

    /// <summary>The state it entered.</summary>
    public InstanceLifecycleState State { get; init; }
}

/// <summary>Something happened to one lifecycle action.</summary>
public abstract record LifecycleActionEvent : SimulationEvent
{
    private protected LifecycleActionEvent(TimeSpan time, LifecycleActionSnapshot action)
        : base(time) => Action = action;

    /// <summary>The action, as it was then.</summary>
    public LifecycleActionSnapshot Action { get; init; }
}

/// <summary>A lifecycle action started: the instance waits for this hook.</summary>
public sealed record LifecycleActionStarted : LifecycleActionEvent
{
    [JsonConstructor]
    internal LifecycleActionStarted(TimeSpan time, LifecycleActionSnapshot action)
        : base(time, action)
    {
    }
}

/// <summary>A heartbeat pushed an action's heartbeat deadline (the action is as it was after the heartbeat).</summary>
public sealed record LifecycleActionHeartbeat : LifecycleActionEvent
{
    [JsonConstructor]
    internal LifecycleActionHeartbeat(TimeSpan time, LifecycleActionSnapshot action)
        : base(time, action)
    {
    }
}

/// <summary>An action was completed with CONTINUE or ABANDON (by a caller, or by deleting its hook).</summary>
public sealed record LifecycleActionCompleted : LifecycleActionEvent
{
    [JsonConstructor]
    internal LifecycleActionCompleted(TimeSpan time, LifecycleActionSnapshot action, LifecycleActionResult result)
        : base(time, action) => Result = result;

    /// <summary>The result it ended with.</summary>
    public LifecycleActionResult Result { get; init; }
}

/// <summary>An action reached its heartbeat or global deadline, and its hook's DefaultResult applied.</summary>
public sealed record LifecycleActionTimedOut : LifecycleActionEvent
{
    [JsonConstructor]
    internal LifecycleActionTimedOut(TimeSpan time, LifecycleActionSnapshot action, LifecycleActionResult result, bool globalTimeout)
        : base(time, action)
    {
        Result = result;
        GlobalTimeout = globalTimeout;
    }

    /// <summary>The hook's DefaultResult, now applied.</summary>
    public LifecycleActionResult Result { get; init; }

    /// <summary>True when the global deadline, not the heartbeat deadline, was reached.</summary>
    public bool GlobalTimeout { get; init; }
}

/// <summary>An action ended without a result of its own: another hook's ABANDON stopped it.</summary>
public sealed record LifecycleActionStopped : LifecycleActionEvent
{
    [JsonConstructor]
    internal LifecycleActionStopped(TimeSpan time, LifecycleActionSnapshot action)
        : base(time, action)
    {
    }
}

/// <summary>
/// A handler threw (or its task faulted) while it handled a notification. The simulator goes on as AWS would with a
/// handler that crashed: the action waits for its deadline. Recorded even when
/// <see cref="AutoScalingSimulator.RecordTimeline"/> is off.
/// </summary>
public sealed record HandlerFailed : SimulationEvent
{
    internal HandlerFailed(TimeSpan time, LifecycleNotification notification, Exception exception)
        : this(time, notification, exception.GetType().FullName ?? exception.GetType().Name, exception.Message) => Exception = exception;

    [JsonConstructor]
    internal HandlerFailed(TimeSpan time, LifecycleNotification notification, string exceptionType, string message)
        : base(time)
    {
        Notification = notification;
        ExceptionType = exceptionType;
        Message = message;
    }

    /// <summary>The notification the handler was given.</summary>
    public LifecycleNotification Notification { get; init; }

    /// <summary>The full name of the exception's type, such as <c>System.InvalidOperationException</c>.</summary>
    public string ExceptionType { get; init; }

    /// <summary>The exception's message.</summary>
    public string Message { get; init; }

    /// <summary>What the handler threw; null for an event read back from JSON, which keeps only its type and message.</summary>
    [JsonIgnore]
    public Exception? Exception { get; init; }
}

/// <summary>A call the service would refuse, such as a heartbeat for an action that is not active.</summary>
public sealed record SimulationError : SimulationEvent
{
    [JsonConstructor]
    internal SimulationError(TimeSpan time, AutoScalingError error)
        : base(time) => Error = error;

    /// <summary>The service's error.</summary>
    public AutoScalingError Error { get; init; }
}

/// <summary>An action at a point in time.</summary>
public sealed record LifecycleActionSnapshot
{
    internal LifecycleActionSnapshot(
        UInt128 tokenBits, LifecycleActionToken lifecycleActionToken, InstanceId instanceId, LifecycleHookName lifecycleHookName,
        LifecycleTransition lifecycleTransition, TimeSpan started, TimeSpan heartbeatDeadline, TimeSpan globalDeadline, InstanceLocation? origin, InstanceLocation? destination)
    {
        TokenBits = tokenBits;
        LifecycleActionToken = lifecycleActionToken;
        InstanceId = instanceId;
        LifecycleHookName = lifecycleHookName;
        LifecycleTransition = lifecycleTransition;
        Started = started;
        HeartbeatDeadline = heartbeatDeadline;
        GlobalDeadline = globalDeadline;
        Origin = origin;
        Destination = destination;
    }

    // A snapshot read back from JSON: its token's bits are read from the token.
    [JsonConstructor]
    internal LifecycleActionSnapshot(
        LifecycleActionToken lifecycleActionToken, InstanceId instanceId, LifecycleHookName lifecycleHookName, LifecycleTransition lifecycleTransition,
        TimeSpan started, TimeSpan heartbeatDeadline, TimeSpan globalDeadline, InstanceLocation? origin, InstanceLocation? destination)
        : this(TokenGenerator.TryParse(lifecycleActionToken.Value, out var bits) ? bits : default, lifecycleActionToken, instanceId, lifecycleHookName,
            lifecycleTransition, started, heartbeatDeadline, globalDeadline, origin, destination)
    {
    }

    /// <summary>Its LifecycleActionToken.</summary>
    public LifecycleActionToken LifecycleActionToken { get; init; }

    /// <summary>The token's 128 bits, as the action table keys it: what the simulator looks the action up by.</summary>
    internal UInt128 TokenBits { get; }

    /// <summary>The instance.</summary>
    public InstanceId InstanceId { get; init; }

    /// <summary>The hook.</summary>
    public LifecycleHookName LifecycleHookName { get; init; }

    /// <summary>Launching or terminating.</summary>
    public LifecycleTransition LifecycleTransition { get; init; }

    /// <summary>When it started, as virtual time.</summary>
    public TimeSpan Started { get; init; }

    /// <summary>When the hook's DefaultResult applies unless a heartbeat or completion comes first.</summary>
    public TimeSpan HeartbeatDeadline { get; init; }

    /// <summary>When the DefaultResult applies whatever heartbeats say: start + min(100 x heartbeat, 172800 s).</summary>
    public TimeSpan GlobalDeadline { get; init; }

    /// <summary>Where the instance comes from; null in a group without a warm pool, and for terminations.</summary>
    public InstanceLocation? Origin { get; init; }

    /// <summary>Where the instance goes; null in a group without a warm pool, and for terminations.</summary>
    public InstanceLocation? Destination { get; init; }
}
