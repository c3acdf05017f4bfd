namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// The stable diagnostic codes of the Auto Scaling lifecycle hook rules. A code never changes meaning;
/// docs/autoscaling-hooks.md explains each one with the AWS rule it comes from.
/// ASH0xx are about reading a JSON document (the same numbers mean the same in the APP and SIM families), ASH1xx
/// rules on one value, ASH15x lint warnings, ASH2xx rules across a hook or a group.
/// </summary>
public static class AutoScalingDiagnosticCodes
{
    /// <summary>The JSON text is malformed.</summary>
    public const string JsonMalformed = "ASH001";

    /// <summary>The document is past the size, depth or node bounds the reader accepts.</summary>
    public const string DocumentTooLarge = "ASH002";

    /// <summary>The document is not a JSON object, or an array of objects, as the shape needs.</summary>
    public const string JsonUnexpectedRoot = "ASH005";

    /// <summary>A member has the wrong JSON type (a string where a number belongs, and so on).</summary>
    public const string JsonWrongType = "ASH006";

    /// <summary>Warning: a member that the AWS shape does not have; it is ignored.</summary>
    public const string JsonUnknownMember = "ASH007";

    /// <summary>Warning: a member appears twice in one object; the last one wins.</summary>
    public const string JsonDuplicateMember = "ASH008";

    /// <summary>A value that must be given is missing (null) where no more specific code applies.</summary>
    public const string ValueRequired = "ASH100";

    /// <summary>LifecycleHookName is missing or empty.</summary>
    public const string HookNameRequired = "ASH101";

    /// <summary>LifecycleHookName is longer than 255 characters.</summary>
    public const string HookNameTooLong = "ASH102";

    /// <summary>LifecycleHookName has a character outside A-Z, a-z, 0-9, '-', '_' and '/'.</summary>
    public const string HookNameInvalidCharacter = "ASH103";

    /// <summary>AutoScalingGroupName is missing or empty.</summary>
    public const string GroupNameRequired = "ASH104";

    /// <summary>AutoScalingGroupName is longer than 255 characters.</summary>
    public const string GroupNameTooLong = "ASH105";

    /// <summary>AutoScalingGroupName has a character that XML 1.0 does not allow.</summary>
    public const string GroupNameInvalidCharacter = "ASH106";

    /// <summary>LifecycleTransition is not one of the two transitions.</summary>
    public const string TransitionUnknown = "ASH107";

    /// <summary>HeartbeatTimeout is outside 30..7200 seconds.</summary>
    public const string HeartbeatTimeoutOutOfRange = "ASH108";

    /// <summary>DefaultResult (or LifecycleActionResult) is neither CONTINUE nor ABANDON.</summary>
    public const string ResultUnknown = "ASH109";

    /// <summary>NotificationMetadata is an empty string.</summary>
    public const string MetadataEmpty = "ASH110";

    /// <summary>NotificationMetadata is longer than 4000 characters.</summary>
    public const string MetadataTooLong = "ASH111";

    /// <summary>NotificationMetadata has a character other than printable ASCII, tab, line feed or carriage return.</summary>
    public const string MetadataInvalidCharacter = "ASH112";

    /// <summary>RoleARN is an empty string.</summary>
    public const string RoleArnEmpty = "ASH113";

    /// <summary>RoleARN is longer than 255 characters.</summary>
    public const string RoleArnTooLong = "ASH114";

    /// <summary>RoleARN has a character that XML 1.0 does not allow.</summary>
    public const string RoleArnInvalidCharacter = "ASH115";

    /// <summary>NotificationTargetARN is longer than 255 characters.</summary>
    public const string TargetArnTooLong = "ASH116";

    /// <summary>NotificationTargetARN has a character that XML 1.0 does not allow.</summary>
    public const string TargetArnInvalidCharacter = "ASH117";

    /// <summary>LifecycleActionToken is not exactly 36 characters.</summary>
    public const string TokenLength = "ASH118";

    /// <summary>InstanceId is empty or longer than 19 characters.</summary>
    public const string InstanceIdLength = "ASH119";

    /// <summary>InstanceId has a character that XML 1.0 does not allow.</summary>
    public const string InstanceIdInvalidCharacter = "ASH120";

    /// <summary>Warning: NotificationTargetARN does not look like an SNS topic or SQS queue ARN.</summary>
    public const string TargetArnNotSnsOrSqs = "ASH150";

    /// <summary>Warning: NotificationTargetARN is an SQS FIFO queue, which lifecycle hooks cannot use.</summary>
    public const string TargetArnFifoQueue = "ASH151";

    /// <summary>Warning: RoleARN is set but no notification target is, so the role is never used.</summary>
    public const string RoleWithoutTarget = "ASH152";

    /// <summary>Warning: RoleARN does not look like an IAM role ARN.</summary>
    public const string RoleArnNotIamRole = "ASH153";

    /// <summary>Warning: a described hook's GlobalTimeout is not min(100 x HeartbeatTimeout, 172800); the derived value is used.</summary>
    public const string GlobalTimeoutMismatch = "ASH154";

    /// <summary>A new hook has no LifecycleTransition.</summary>
    public const string TransitionRequiredOnCreate = "ASH201";

    /// <summary>A NotificationTargetARN is set but the hook has no RoleARN.</summary>
    public const string RoleRequiredWithTarget = "ASH202";

    /// <summary>The group already has 50 lifecycle hooks (LimitExceeded).</summary>
    public const string HookLimitExceeded = "ASH203";

    /// <summary>DescribeLifecycleHooks names more than 50 hooks.</summary>
    public const string TooManyHookNames = "ASH204";

    /// <summary>The named lifecycle hook does not exist in the group.</summary>
    public const string HookNotFound = "ASH205";

    /// <summary>The request names another Auto Scaling group than the registry's.</summary>
    public const string GroupNotFound = "ASH206";

    /// <summary>The hooks of one LifecycleHookSpecificationList have different notification targets or roles.</summary>
    public const string SpecificationTargetsDiffer = "ASH207";

    /// <summary>Two hooks of one LifecycleHookSpecificationList have the same name.</summary>
    public const string SpecificationDuplicateName = "ASH208";

    /// <summary>A simulated call the service would refuse: no active lifecycle action, or an instance that cannot terminate.</summary>
    public const string NoActiveLifecycleAction = "ASH209";

    // Hooks defined in templates (ASH3xx): CloudFormation and Terraform plans.

    /// <summary>A property CloudFormation does not know on a hook resource or specification.</summary>
    public const string TemplatePropertyUnknown = "ASH301";

    /// <summary>A template value of the wrong type, such as a HeartbeatTimeout that is not a number.</summary>
    public const string TemplateValueWrongType = "ASH302";

    /// <summary>NotificationMetadata over CloudFormation's 1,023 characters on an AWS::AutoScaling::LifecycleHook.</summary>
    public const string TemplateMetadataTooLong = "ASH303";

    /// <summary>A separate launching hook on a group that launches instances when it is created: they never wait on it.</summary>
    public const string SeparateLaunchHookMissesFirstInstances = "ASH304";

    /// <summary>Two hooks of one group in a template have the same name.</summary>
    public const string TemplateDuplicateHookName = "ASH305";
}
