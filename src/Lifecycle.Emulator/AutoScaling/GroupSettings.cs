using Lifecycle.Emulator.Wire;

namespace Lifecycle.Emulator.AutoScaling;

/// <summary>
/// The settings of a group that the emulator keeps and echoes, without an EC2 behind them: sizes, zones, and the
/// launch template, launch configuration or mixed instances policy exactly as the request gave them.
/// </summary>
internal sealed class GroupSettings
{
    public int MinSize { get; set; }

    public int MaxSize { get; set; }

    public int DesiredCapacity { get; set; }

    public int DefaultCooldown { get; set; } = 300;

    public List<string> AvailabilityZones { get; set; } = [];

    public string? VPCZoneIdentifier { get; set; }

    public string HealthCheckType { get; set; } = "EC2";

    public int HealthCheckGracePeriod { get; set; }

    public string? LaunchConfigurationName { get; set; }

    public QueryParameters? LaunchTemplate { get; set; }

    public QueryParameters? MixedInstancesPolicy { get; set; }

    public List<string> TerminationPolicies { get; set; } = ["Default"];

    public bool NewInstancesProtectedFromScaleIn { get; set; }

    public bool CapacityRebalance { get; set; }

    public DateTimeOffset CreatedTime { get; init; }

    public int? WarmPoolMinSize { get; set; }

    public int? WarmPoolMaxGroupPreparedCapacity { get; set; }

    /// <summary>DeleteWarmPool was called: the simulator keeps its pool settings, so the group says it has none.</summary>
    public bool WarmPoolDeleted { get; set; }
}
