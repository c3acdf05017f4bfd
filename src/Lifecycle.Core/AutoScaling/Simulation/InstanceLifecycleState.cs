namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>The lifecycle states of an instance that the simulator moves through (reference §1.10, §2.1, §2.2, §2.8).</summary>
public enum InstanceLifecycleState
{
    /// <summary>Pending: launching.</summary>
    Pending,

    /// <summary>Pending:Wait: held by launching hooks.</summary>
    PendingWait,

    /// <summary>Pending:Proceed: the launch hooks are done.</summary>
    PendingProceed,

    /// <summary>InService.</summary>
    InService,

    /// <summary>Terminating.</summary>
    Terminating,

    /// <summary>Terminating:Wait: held by terminating hooks.</summary>
    TerminatingWait,

    /// <summary>Terminating:Proceed: the terminating hooks are done.</summary>
    TerminatingProceed,

    /// <summary>Terminating:Retained: kept after an abandoned termination, when the group retains (§2.8).</summary>
    TerminatingRetained,

    /// <summary>Terminated.</summary>
    Terminated,

    /// <summary>Warmed:Pending: entering the warm pool, new from EC2 or back from the group (§2.2).</summary>
    WarmedPending,

    /// <summary>Warmed:Pending:Wait: held on the way into the warm pool, by launching hooks for a new instance or by terminating hooks for one the group returns.</summary>
    WarmedPendingWait,

    /// <summary>Warmed:Pending:Proceed: the hooks on the way into the warm pool are done.</summary>
    WarmedPendingProceed,

    /// <summary>Warmed:Pending:Retained: kept after an abandoned return to the warm pool, when the group retains (§2.8).</summary>
    WarmedPendingRetained,

    /// <summary>Warmed:Terminating: an instance of the warm pool is terminating.</summary>
    WarmedTerminating,

    /// <summary>Warmed:Terminating:Wait: held by terminating hooks on its way out of the warm pool.</summary>
    WarmedTerminatingWait,

    /// <summary>Warmed:Terminating:Proceed: the terminating hooks of a warm pool instance are done.</summary>
    WarmedTerminatingProceed,

    /// <summary>Warmed:Terminating:Retained: kept after an abandoned termination from the warm pool, when the group retains (§2.8).</summary>
    WarmedTerminatingRetained,

    /// <summary>Warmed:Terminated: terminated from the warm pool.</summary>
    WarmedTerminated,

    /// <summary>Warmed:Stopped: resting in a warm pool whose PoolState is Stopped.</summary>
    WarmedStopped,

    /// <summary>Warmed:Running: resting in a warm pool whose PoolState is Running.</summary>
    WarmedRunning,

    /// <summary>Warmed:Hibernated: resting in a warm pool whose PoolState is Hibernated.</summary>
    WarmedHibernated,
}

/// <summary>The API's spelling of each state.</summary>
public static class InstanceLifecycleStates
{
    /// <summary>The state as the API writes it, such as <c>Pending:Wait</c>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The wire string.</returns>
    public static string ToWire(this InstanceLifecycleState state) => state switch
    {
        InstanceLifecycleState.PendingWait => "Pending:Wait",
        InstanceLifecycleState.PendingProceed => "Pending:Proceed",
        InstanceLifecycleState.TerminatingWait => "Terminating:Wait",
        InstanceLifecycleState.TerminatingProceed => "Terminating:Proceed",
        InstanceLifecycleState.TerminatingRetained => "Terminating:Retained",
        InstanceLifecycleState.WarmedPending => "Warmed:Pending",
        InstanceLifecycleState.WarmedPendingWait => "Warmed:Pending:Wait",
        InstanceLifecycleState.WarmedPendingProceed => "Warmed:Pending:Proceed",
        InstanceLifecycleState.WarmedPendingRetained => "Warmed:Pending:Retained",
        InstanceLifecycleState.WarmedTerminating => "Warmed:Terminating",
        InstanceLifecycleState.WarmedTerminatingWait => "Warmed:Terminating:Wait",
        InstanceLifecycleState.WarmedTerminatingProceed => "Warmed:Terminating:Proceed",
        InstanceLifecycleState.WarmedTerminatingRetained => "Warmed:Terminating:Retained",
        InstanceLifecycleState.WarmedTerminated => "Warmed:Terminated",
        InstanceLifecycleState.WarmedStopped => "Warmed:Stopped",
        InstanceLifecycleState.WarmedRunning => "Warmed:Running",
        InstanceLifecycleState.WarmedHibernated => "Warmed:Hibernated",
        _ => state.ToString(),
    };
}
