namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>The lifecycle states of an instance that the simulator moves through (reference §1.10, §2.1, §2.8).</summary>
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
        _ => state.ToString(),
    };
}
