using static Lifecycle.Core.AutoScaling.AutoScalingDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling.Validation;

/// <summary>The validators behind each value type's <c>Parse</c>; built once, safe to share.</summary>
internal static class ScalarValidators
{
    public static readonly ScalarValidator<string> HookName = new(
        "LifecycleHookName", HookNameRequired, "LifecycleHookName is required.", (r, m) => r.ValidHookName(m));

    public static readonly ScalarValidator<string> GroupName = new(
        "AutoScalingGroupName", GroupNameRequired, "AutoScalingGroupName is required.", (r, m) => r.ValidGroupName(m));

    public static readonly ScalarValidator<string> Transition = new(
        "LifecycleTransition", ValueRequired, "LifecycleTransition is required.", (r, m) => r.ValidTransition(m));

    public static readonly ScalarValidator<string> Result = new(
        "LifecycleActionResult", ValueRequired, "LifecycleActionResult is required.", (r, m) => r.ValidResult(m));

    public static readonly ScalarValidator<string> Metadata = new(
        "NotificationMetadata", ValueRequired, "NotificationMetadata is required.", (r, m) => r.ValidMetadata(m));

    public static readonly ScalarValidator<string> RoleArn = new(
        "RoleARN", ValueRequired, "RoleARN is required.", (r, m) => r.ValidRoleArn(m));

    public static readonly ScalarValidator<string> TargetArn = new(
        "NotificationTargetARN", ValueRequired, "NotificationTargetARN is required; use an empty string for no target.", (r, m) => r.ValidTargetArn(m));

    public static readonly ScalarValidator<string> Token = new(
        "LifecycleActionToken", ValueRequired, "LifecycleActionToken is required.", (r, m) => r.ValidToken(m));

    public static readonly ScalarValidator<string> InstanceId = new(
        "InstanceId", ValueRequired, "InstanceId is required.", (r, m) => r.ValidInstanceId(m));

    public static readonly ScalarValidator<int?> HeartbeatTimeout = new(
        "HeartbeatTimeout", ValueRequired, "HeartbeatTimeout is required.", (r, m) => r.ValidHeartbeatTimeout(m));
}
