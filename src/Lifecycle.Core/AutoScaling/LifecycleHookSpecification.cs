using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// One hook of CreateAutoScalingGroup's <c>LifecycleHookSpecificationList</c> (reference §1.8): the same
/// members as <see cref="PutLifecycleHookRequest"/> without the group name, which the group supplies.
/// Hooks given this way apply to the group's very first instances.
/// </summary>
public sealed record LifecycleHookSpecification : ILifecycleHookFields
{
    /// <summary>The hook's name. Required.</summary>
    public string? LifecycleHookName { get; init; }

    /// <summary><c>autoscaling:EC2_INSTANCE_LAUNCHING</c> or <c>autoscaling:EC2_INSTANCE_TERMINATING</c>. Required.</summary>
    public string? LifecycleTransition { get; init; }

    /// <summary>The IAM role Auto Scaling uses to publish to the target.</summary>
    public string? RoleARN { get; init; }

    /// <summary>An SNS topic or SQS queue ARN.</summary>
    public string? NotificationTargetARN { get; init; }

    /// <summary>Up to 4000 characters passed along in each notification.</summary>
    public string? NotificationMetadata { get; init; }

    /// <summary>30 to 7200 seconds; 3600 when not given.</summary>
    public int? HeartbeatTimeout { get; init; }

    /// <summary><c>CONTINUE</c> or <c>ABANDON</c>; ABANDON when not given.</summary>
    public string? DefaultResult { get; init; }

    /// <summary>Checks the specification as CreateAutoScalingGroup would.</summary>
    /// <returns>Every finding; no error means AWS would accept it.</returns>
    public IReadOnlyList<Diagnostic> Validate() => LifecycleHookSpecificationValidator.Instance.Validate(this).ToDiagnostics();

    /// <summary>The PutLifecycleHook request that creates the same hook in <paramref name="autoScalingGroupName"/>.</summary>
    /// <param name="autoScalingGroupName">The group the specification is given to.</param>
    /// <returns>The equivalent request.</returns>
    public PutLifecycleHookRequest ToPutLifecycleHookRequest(string autoScalingGroupName) => new()
    {
        LifecycleHookName = LifecycleHookName,
        AutoScalingGroupName = autoScalingGroupName,
        LifecycleTransition = LifecycleTransition,
        RoleARN = RoleARN,
        NotificationTargetARN = NotificationTargetARN,
        NotificationMetadata = NotificationMetadata,
        HeartbeatTimeout = HeartbeatTimeout,
        DefaultResult = DefaultResult,
    };
}
