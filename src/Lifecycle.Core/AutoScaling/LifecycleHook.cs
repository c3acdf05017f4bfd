namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// A lifecycle hook as DescribeLifecycleHooks describes it (reference §1.8): every value checked, the
/// defaults applied, and the <see cref="GlobalTimeout"/> derived from the heartbeat timeout.
/// </summary>
public sealed record LifecycleHook
{
    /// <summary>The hook's name, unique within its group.</summary>
    public required LifecycleHookName LifecycleHookName { get; init; }

    /// <summary>The group the hook belongs to.</summary>
    public required AutoScalingGroupName AutoScalingGroupName { get; init; }

    /// <summary>When the hook runs.</summary>
    public required LifecycleTransition LifecycleTransition { get; init; }

    /// <summary>Where notifications go; null when the hook has no target (EventBridge only).</summary>
    public NotificationTargetArn? NotificationTargetARN { get; init; }

    /// <summary>The role Auto Scaling uses to publish to the target; null when none.</summary>
    public RoleArn? RoleARN { get; init; }

    /// <summary>Metadata passed along in every notification; null when none.</summary>
    public NotificationMetadata? NotificationMetadata { get; init; }

    /// <summary>The heartbeat timeout; 3600 seconds unless set.</summary>
    public HeartbeatTimeout HeartbeatTimeout { get; init; }

    /// <summary>The longest an instance can wait, in seconds: min(100 x HeartbeatTimeout, 172800).</summary>
    public int GlobalTimeout => HeartbeatTimeout.GlobalTimeoutSeconds;

    /// <summary>What happens when the hook times out; ABANDON unless set.</summary>
    public LifecycleActionResult DefaultResult { get; init; }

    /// <summary>
    /// The hook a definition describes, in any AWS shape that carries one (a request, a specification, a described
    /// hook), once it passed its rules: every value is taken as it is, the defaults AWS applies fill the gaps.
    /// </summary>
    internal static LifecycleHook FromValidated(ILifecycleHookFields valid, AutoScalingGroupName group) => new()
    {
        LifecycleHookName = LifecycleHookName.FromValidated(valid.LifecycleHookName!),
        AutoScalingGroupName = group,
        LifecycleTransition = LifecycleTransition.FromWire(valid.LifecycleTransition!)!.Value,
        NotificationTargetARN = string.IsNullOrEmpty(valid.NotificationTargetARN) ? null : NotificationTargetArn.FromValidated(valid.NotificationTargetARN),
        RoleARN = valid.RoleARN is null ? null : RoleArn.FromValidated(valid.RoleARN),
        NotificationMetadata = valid.NotificationMetadata is null ? null : AutoScaling.NotificationMetadata.FromValidated(valid.NotificationMetadata),
        HeartbeatTimeout = valid.HeartbeatTimeout is { } seconds ? HeartbeatTimeout.FromSeconds(seconds) : HeartbeatTimeout.Default,
        DefaultResult = valid.DefaultResult is null ? LifecycleActionResult.Default : LifecycleActionResult.FromWire(valid.DefaultResult)!.Value,
    };
}
