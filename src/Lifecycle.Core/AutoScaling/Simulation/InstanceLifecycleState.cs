using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>The lifecycle states of an instance that the simulator moves through (reference §1.10, §2.1, §2.2, §2.8).</summary>
[JsonConverter(typeof(InstanceLifecycleStateJsonConverter))]
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

/// <summary>Writes and reads a state as the API spells it (<c>Pending:Wait</c>), from <see cref="InstanceLifecycleStates.ToWire"/>.</summary>
internal sealed class InstanceLifecycleStateJsonConverter : JsonConverter<InstanceLifecycleState>
{
    private static readonly Dictionary<string, InstanceLifecycleState> ByWire =
        Enum.GetValues<InstanceLifecycleState>().ToDictionary(s => s.ToWire(), StringComparer.Ordinal);

    public override InstanceLifecycleState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && ByWire.TryGetValue(reader.GetString()!, out var state)
            ? state
            : throw new JsonException($"Not a lifecycle state as the API spells one (such as \"Pending:Wait\"): {(reader.TokenType == JsonTokenType.String ? reader.GetString() : reader.TokenType.ToString())}.");

    public override void Write(Utf8JsonWriter writer, InstanceLifecycleState value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToWire());
}
