using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// A PutLifecycleHook request as the user wrote it, member for member as the AWS API names them
/// (reference §1.2). Values are kept raw (strings and numbers) so that any input can be represented and
/// checked: <see cref="Validate"/> says what AWS would refuse. Null means the member was not given.
/// </summary>
public sealed record PutLifecycleHookRequest : ILifecycleHookFields
{
    /// <summary>The hook's name. Required: 1 to 255 of A-Z, a-z, 0-9, '-', '_', '/'.</summary>
    public string? LifecycleHookName { get; init; }

    /// <summary>The group the hook belongs to. Required: 1 to 255 characters.</summary>
    public string? AutoScalingGroupName { get; init; }

    /// <summary><c>autoscaling:EC2_INSTANCE_LAUNCHING</c> or <c>autoscaling:EC2_INSTANCE_TERMINATING</c>. Required to create a hook.</summary>
    public string? LifecycleTransition { get; init; }

    /// <summary>The IAM role Auto Scaling uses to publish to the target. Needed when a target is set.</summary>
    public string? RoleARN { get; init; }

    /// <summary>An SNS topic or SQS queue ARN. The empty string clears the target of an existing hook.</summary>
    public string? NotificationTargetARN { get; init; }

    /// <summary>Up to 4000 characters passed along in each notification.</summary>
    public string? NotificationMetadata { get; init; }

    /// <summary>Seconds an instance waits before the default result applies: 30 to 7200; 3600 when not given.</summary>
    public int? HeartbeatTimeout { get; init; }

    /// <summary><c>CONTINUE</c> or <c>ABANDON</c>, applied on timeout; ABANDON when not given.</summary>
    public string? DefaultResult { get; init; }

    /// <summary>
    /// Checks the request as AWS would to create a new hook: every value's rule, a transition, a role when a
    /// target is set, and lint warnings. An update of an existing hook goes through
    /// <see cref="LifecycleHookRegistry.PutLifecycleHook"/>, which knows what the hook already has.
    /// </summary>
    /// <returns>Every finding; no error means AWS would accept the request.</returns>
    public IReadOnlyList<Diagnostic> Validate() => PutLifecycleHookRequestValidator.Instance.Validate(this).ToDiagnostics();
}
