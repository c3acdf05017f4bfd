namespace Lifecycle.Core.AutoScaling.Json;

/// <summary>The AWS <c>LifecycleHook</c> output shape, member for member, as JSON carries it (§1.8).</summary>
internal sealed record LifecycleHookShape : ILifecycleHookFields
{
    public string? LifecycleHookName { get; init; }

    public string? AutoScalingGroupName { get; init; }

    public string? LifecycleTransition { get; init; }

    public string? NotificationTargetARN { get; init; }

    public string? RoleARN { get; init; }

    public string? NotificationMetadata { get; init; }

    public int? HeartbeatTimeout { get; init; }

    public int? GlobalTimeout { get; init; }

    public string? DefaultResult { get; init; }

    public static LifecycleHookShape From(LifecycleHook hook) => new()
    {
        LifecycleHookName = hook.LifecycleHookName.Value,
        AutoScalingGroupName = hook.AutoScalingGroupName.Value,
        LifecycleTransition = hook.LifecycleTransition.Value,
        NotificationTargetARN = hook.NotificationTargetARN?.Value,
        RoleARN = hook.RoleARN?.Value,
        NotificationMetadata = hook.NotificationMetadata?.Value,
        HeartbeatTimeout = hook.HeartbeatTimeout.Seconds,
        GlobalTimeout = hook.GlobalTimeout,
        DefaultResult = hook.DefaultResult.Value,
    };

    /// <summary>The typed hook; only for a shape that passed <see cref="Validation.LifecycleHookShapeValidator"/>.</summary>
    public LifecycleHook ToHook() => LifecycleHook.FromValidated(this, AutoScaling.AutoScalingGroupName.FromValidated(AutoScalingGroupName!));
}

/// <summary>The AWS <c>DescribeLifecycleHooksAnswer</c> shape: <c>{"LifecycleHooks": [...]}</c>.</summary>
internal sealed record DescribeLifecycleHooksAnswerShape
{
    public List<LifecycleHookShape>? LifecycleHooks { get; init; }
}
