using System.Text.Json.Serialization;

namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>The state instances rest in while they wait in the warm pool (PutWarmPool PoolState, reference §2.2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WarmPoolState>))]
public enum WarmPoolState
{
    /// <summary>Stopped, the default: instances rest in <c>Warmed:Stopped</c>.</summary>
    Stopped,

    /// <summary>Running: instances rest in <c>Warmed:Running</c>.</summary>
    Running,

    /// <summary>Hibernated: instances rest in <c>Warmed:Hibernated</c>.</summary>
    Hibernated,
}

/// <summary>
/// The group's warm pool, as far as lifecycle hooks see it (PutWarmPool, reference §2.2): the state its instances
/// rest in, and whether scale-in returns instances to it. The pool's size (MinSize, MaxGroupPreparedCapacity) is
/// not modelled: fill it with <see cref="AutoScalingSimulator.LaunchIntoWarmPool"/>.
/// </summary>
public sealed record WarmPoolConfiguration
{
    /// <summary>PoolState: Stopped (the default), Running or Hibernated.</summary>
    public WarmPoolState PoolState { get; init; } = WarmPoolState.Stopped;

    /// <summary>
    /// InstanceReusePolicy.ReuseOnScaleIn: scale-in returns instances to the pool instead of terminating them; they
    /// wait in <c>Warmed:Pending:Wait</c> for the terminating hooks on the way.
    /// </summary>
    public bool ReuseOnScaleIn { get; init; }
}

/// <summary>Where an instance comes from or goes to, as the Origin and Destination notification fields name it (§2.2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InstanceLocation>))]
public enum InstanceLocation
{
    /// <summary>EC2: a new instance.</summary>
    EC2,

    /// <summary>AutoScalingGroup: the group's own capacity.</summary>
    AutoScalingGroup,

    /// <summary>WarmPool: the group's warm pool.</summary>
    WarmPool,
}
