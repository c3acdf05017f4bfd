namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>
/// The ways an instance moves between EC2, the group and its warm pool (reference §2.1, §2.2): which hooks hold it,
/// the states it passes, and the Origin and Destination its notifications give.
/// </summary>
internal enum Passage : byte
{
    /// <summary>EC2 to the group: Pending, Pending:Wait, Pending:Proceed, InService.</summary>
    LaunchIntoGroup,

    /// <summary>EC2 to the warm pool: Warmed:Pending, Warmed:Pending:Wait, Warmed:Pending:Proceed, Warmed:Stopped (or Running, Hibernated).</summary>
    LaunchIntoWarmPool,

    /// <summary>The warm pool to the group: Pending, Pending:Wait, Pending:Proceed, InService; launching hooks run again.</summary>
    LeaveWarmPool,

    /// <summary>The group to termination: Terminating, Terminating:Wait, Terminating:Proceed, Terminated.</summary>
    TerminateFromGroup,

    /// <summary>The group back to the warm pool (ReuseOnScaleIn): Warmed:Pending, Warmed:Pending:Wait (terminating hooks), Warmed:Pending:Proceed.</summary>
    ReturnToWarmPool,

    /// <summary>The warm pool to termination: Warmed:Terminating, Warmed:Terminating:Wait, Warmed:Terminating:Proceed, Warmed:Terminated.</summary>
    TerminateFromWarmPool,
}

/// <summary>The states and notification fields of each <see cref="Passage"/>.</summary>
internal static class Passages
{
    public static bool IsLaunching(this Passage passage) => passage is Passage.LaunchIntoGroup or Passage.LaunchIntoWarmPool or Passage.LeaveWarmPool;

    public static LifecycleTransition Transition(this Passage passage) =>
        passage.IsLaunching() ? LifecycleTransition.InstanceLaunching : LifecycleTransition.InstanceTerminating;

    public static InstanceLifecycleState Entry(this Passage passage) => passage switch
    {
        Passage.LaunchIntoGroup or Passage.LeaveWarmPool => InstanceLifecycleState.Pending,
        Passage.LaunchIntoWarmPool or Passage.ReturnToWarmPool => InstanceLifecycleState.WarmedPending,
        Passage.TerminateFromGroup => InstanceLifecycleState.Terminating,
        _ => InstanceLifecycleState.WarmedTerminating,
    };

    public static InstanceLifecycleState Wait(this Passage passage) => passage switch
    {
        Passage.LaunchIntoGroup or Passage.LeaveWarmPool => InstanceLifecycleState.PendingWait,
        Passage.LaunchIntoWarmPool or Passage.ReturnToWarmPool => InstanceLifecycleState.WarmedPendingWait,
        Passage.TerminateFromGroup => InstanceLifecycleState.TerminatingWait,
        _ => InstanceLifecycleState.WarmedTerminatingWait,
    };

    public static InstanceLifecycleState Proceed(this Passage passage) => passage switch
    {
        Passage.LaunchIntoGroup or Passage.LeaveWarmPool => InstanceLifecycleState.PendingProceed,
        Passage.LaunchIntoWarmPool or Passage.ReturnToWarmPool => InstanceLifecycleState.WarmedPendingProceed,
        Passage.TerminateFromGroup => InstanceLifecycleState.TerminatingProceed,
        _ => InstanceLifecycleState.WarmedTerminatingProceed,
    };

    /// <summary>Where an instance ends when its hooks CONTINUE (or it has none).</summary>
    public static InstanceLifecycleState Destination(this Passage passage, WarmPoolState poolState) => passage switch
    {
        Passage.LaunchIntoGroup or Passage.LeaveWarmPool => InstanceLifecycleState.InService,
        Passage.LaunchIntoWarmPool or Passage.ReturnToWarmPool => poolState.RestingState(),
        Passage.TerminateFromGroup => InstanceLifecycleState.Terminated,
        _ => InstanceLifecycleState.WarmedTerminated,
    };

    /// <summary>Where an instance ends when a terminating hook is abandoned and the group retains (§2.8).</summary>
    public static InstanceLifecycleState Retained(this Passage passage) => passage switch
    {
        Passage.ReturnToWarmPool => InstanceLifecycleState.WarmedPendingRetained,
        Passage.TerminateFromWarmPool => InstanceLifecycleState.WarmedTerminatingRetained,
        _ => InstanceLifecycleState.TerminatingRetained,
    };

    public static InstanceLifecycleState RestingState(this WarmPoolState poolState) => poolState switch
    {
        WarmPoolState.Running => InstanceLifecycleState.WarmedRunning,
        WarmPoolState.Hibernated => InstanceLifecycleState.WarmedHibernated,
        _ => InstanceLifecycleState.WarmedStopped,
    };

    public static bool IsResting(this InstanceLifecycleState state) =>
        state is InstanceLifecycleState.WarmedStopped or InstanceLifecycleState.WarmedRunning or InstanceLifecycleState.WarmedHibernated;

    /// <summary>
    /// Origin and Destination as the four documented examples of §2.2 give them; groups without a warm pool send
    /// neither. Assumption: for a termination (from the group or from the pool) AWS documents no values, so the
    /// simulator sends neither there too.
    /// </summary>
    public static (InstanceLocation? Origin, InstanceLocation? Destination) Locations(this Passage passage, bool groupHasWarmPool) =>
        !groupHasWarmPool ? (null, null) : passage switch
        {
            Passage.LaunchIntoGroup => (InstanceLocation.EC2, InstanceLocation.AutoScalingGroup),
            Passage.LaunchIntoWarmPool => (InstanceLocation.EC2, InstanceLocation.WarmPool),
            Passage.LeaveWarmPool => (InstanceLocation.WarmPool, InstanceLocation.AutoScalingGroup),
            Passage.ReturnToWarmPool => (InstanceLocation.AutoScalingGroup, InstanceLocation.WarmPool),
            _ => (null, null),
        };
}
