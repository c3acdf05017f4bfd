using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Emulator.AutoScaling;

/// <summary>What the emulator keeps of an instance beside the simulator's state: its zone, launch time and activities.</summary>
internal sealed class EmulatedInstance(string instanceId, string availabilityZone, long launchedAt)
{
    public string InstanceId { get; } = instanceId;

    public string AvailabilityZone { get; } = availabilityZone;

    /// <summary>The virtual second it launched (the termination policy's "closest to the next instance hour").</summary>
    public long LaunchedAt { get; } = launchedAt;

    public InstanceLifecycleState State { get; set; } = InstanceLifecycleState.Pending;

    public ScalingActivity? Activity { get; set; }

    /// <summary>In the group's capacity: launching into it or in service (not terminating, not in the warm pool).</summary>
    public bool CountsTowardCapacity => State is InstanceLifecycleState.Pending or InstanceLifecycleState.PendingWait
        or InstanceLifecycleState.PendingProceed or InstanceLifecycleState.InService;

    /// <summary>In the warm pool: entering it or resting there.</summary>
    public bool InWarmPool => State is InstanceLifecycleState.WarmedPending or InstanceLifecycleState.WarmedPendingWait
        or InstanceLifecycleState.WarmedPendingProceed || Resting;

    /// <summary>Resting in the warm pool: Warmed:Stopped, Running or Hibernated.</summary>
    public bool Resting => State is InstanceLifecycleState.WarmedStopped or InstanceLifecycleState.WarmedRunning or InstanceLifecycleState.WarmedHibernated;

    /// <summary>Gone: terminated, so DescribeAutoScalingGroups no longer lists it.</summary>
    public bool Gone => State is InstanceLifecycleState.Terminated or InstanceLifecycleState.WarmedTerminated;
}
