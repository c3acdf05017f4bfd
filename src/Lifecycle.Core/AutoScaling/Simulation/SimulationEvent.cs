namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>What happened in a simulation, at a whole second of virtual time.</summary>
public abstract record SimulationEvent(long Time);

/// <summary>An instance entered a state.</summary>
/// <param name="Time">Virtual seconds since the simulation started.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="State">The state it entered.</param>
public sealed record InstanceStateChanged(long Time, string InstanceId, InstanceLifecycleState State) : SimulationEvent(Time);

/// <summary>A lifecycle action started: the instance waits for this hook.</summary>
/// <param name="Time">When.</param>
/// <param name="Action">The action as it started.</param>
public sealed record LifecycleActionStarted(long Time, LifecycleActionSnapshot Action) : SimulationEvent(Time);

/// <summary>A heartbeat pushed an action's heartbeat deadline.</summary>
/// <param name="Time">When.</param>
/// <param name="Action">The action after the heartbeat.</param>
public sealed record LifecycleActionHeartbeat(long Time, LifecycleActionSnapshot Action) : SimulationEvent(Time);

/// <summary>An action was completed with CONTINUE or ABANDON (by a caller, or by deleting its hook).</summary>
/// <param name="Time">When.</param>
/// <param name="Action">The action.</param>
/// <param name="Result">The result it ended with.</param>
public sealed record LifecycleActionCompleted(long Time, LifecycleActionSnapshot Action, LifecycleActionResult Result) : SimulationEvent(Time);

/// <summary>An action reached its heartbeat or global deadline, and its hook's DefaultResult applied.</summary>
/// <param name="Time">When.</param>
/// <param name="Action">The action.</param>
/// <param name="Result">The hook's DefaultResult, now applied.</param>
/// <param name="GlobalTimeout">True when the global deadline, not the heartbeat deadline, was reached.</param>
public sealed record LifecycleActionTimedOut(long Time, LifecycleActionSnapshot Action, LifecycleActionResult Result, bool GlobalTimeout) : SimulationEvent(Time);

/// <summary>An action ended without a result of its own: another hook's ABANDON stopped it (§2.4).</summary>
/// <param name="Time">When.</param>
/// <param name="Action">The action.</param>
public sealed record LifecycleActionStopped(long Time, LifecycleActionSnapshot Action) : SimulationEvent(Time);

/// <summary>
/// A handler threw while it handled a notification. The simulator goes on as AWS would with a handler that crashed:
/// the action waits for its deadline. Recorded even when <see cref="AutoScalingSimulator.RecordTimeline"/> is off.
/// </summary>
/// <param name="Time">When.</param>
/// <param name="Notification">The notification the handler was given.</param>
/// <param name="Exception">What it threw.</param>
public sealed record HandlerFailed(long Time, LifecycleNotification Notification, Exception Exception) : SimulationEvent(Time);

/// <summary>A call the service would refuse, such as a heartbeat for an action that is not active.</summary>
/// <param name="Time">When.</param>
/// <param name="Error">The service's error.</param>
public sealed record SimulationError(long Time, AutoScalingError Error) : SimulationEvent(Time);

/// <summary>An action at a point in time.</summary>
/// <param name="Token">Its LifecycleActionToken (36 characters).</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="LifecycleHookName">The hook.</param>
/// <param name="Transition">Launching or terminating.</param>
/// <param name="Started">When it started.</param>
/// <param name="HeartbeatDeadline">When the hook's DefaultResult applies unless a heartbeat or completion comes first.</param>
/// <param name="GlobalDeadline">When the DefaultResult applies whatever heartbeats say: start + min(100 x heartbeat, 172800).</param>
/// <param name="Origin">Where the instance comes from (§2.2); null in a group without a warm pool, and for terminations.</param>
/// <param name="Destination">Where the instance goes (§2.2); null in a group without a warm pool, and for terminations.</param>
public sealed record LifecycleActionSnapshot(
    string Token,
    string InstanceId,
    string LifecycleHookName,
    LifecycleTransition Transition,
    long Started,
    long HeartbeatDeadline,
    long GlobalDeadline,
    InstanceLocation? Origin = null,
    InstanceLocation? Destination = null);
