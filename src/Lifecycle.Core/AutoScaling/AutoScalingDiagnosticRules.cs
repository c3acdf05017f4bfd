using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>The rules behind <see cref="AutoScalingDiagnosticCodes"/>: a title, a description and a default severity each (autoscaling-hooks.md).</summary>
internal static class AutoScalingDiagnosticRules
{
    // The limits the titles state, from the one place each is kept.
    private const int Name = AutoScalingRules.NameMaxLength, Metadata = AutoScalingRules.MetadataMaxLength,
        MinBeat = HeartbeatTimeout.MinSeconds, MaxBeat = HeartbeatTimeout.MaxSeconds, MaxGlobal = HeartbeatTimeout.MaxGlobalTimeoutSeconds, Multiplier = HeartbeatTimeout.GlobalTimeoutMultiplier,
        MaxHooks = LifecycleHookRegistry.MaxHooksPerGroup, MaxNames = LifecycleHookRegistry.MaxDescribeNames;

    public const string Page = "autoscaling-hooks.md";

    /// <summary>Every rule, with the AWS error code a service call that breaks it answers with.</summary>
    public static readonly DiagnosticRule[] All = [.. Rules().Select(r => r with { AwsErrorCode = AwsErrorCodeOf(r.Code) })];

    // What the service answers: LimitExceeded for the hook quota, ValidationError for any other refused request.
    // The ASH0xx codes are about reading files, which no service call reports.
    private static string? AwsErrorCodeOf(string code) => code switch
    {
        AutoScalingDiagnosticCodes.HookLimitExceeded => AutoScalingError.LimitExceeded,
        _ when code.StartsWith("ASH0", StringComparison.Ordinal) => null,
        _ when code.StartsWith("ASH3", StringComparison.Ordinal) => null, // the template's tool refuses it, not the API
        _ => AutoScalingError.ValidationError,
    };

    private static DiagnosticRule[] Rules() =>
    [
        new(AutoScalingDiagnosticCodes.JsonMalformed, DiagnosticSeverity.Error, "The text is well-formed JSON (at most 64 levels deep); the position is where the parser stopped",
            "The JSON text is malformed."),
        new(AutoScalingDiagnosticCodes.DocumentTooLarge, DiagnosticSeverity.Error, "The document is within the bounds read (16 MiB, 64 levels, 1,000,000 values)",
            "The document is past the size, depth or node bounds the reader accepts."),
        new(AutoScalingDiagnosticCodes.JsonUnexpectedRoot, DiagnosticSeverity.Error, "The document is an object, or an array of objects, and not empty",
            "The document is not a JSON object, or an array of objects, as the shape needs."),
        new(AutoScalingDiagnosticCodes.JsonWrongType, DiagnosticSeverity.Error, "Each member has its JSON type: strings are strings, HeartbeatTimeout a whole number (\"600\" is refused, as the AWS CLI refuses it)",
            "A member has the wrong JSON type (a string where a number belongs, and so on)."),
        new(AutoScalingDiagnosticCodes.JsonUnknownMember, DiagnosticSeverity.Warning, "A member the AWS shape does not have is ignored; a miscased one is named (heartbeatTimeout -> HeartbeatTimeout)",
            "A member that the AWS shape does not have; it is ignored."),
        new(AutoScalingDiagnosticCodes.JsonDuplicateMember, DiagnosticSeverity.Warning, "A member given twice in one object: the last one counts",
            "A member appears twice in one object; the last one wins."),
        new(AutoScalingDiagnosticCodes.ValueRequired, DiagnosticSeverity.Error, "A value that must be given is missing",
            "A value that must be given is missing (null) where no more specific code applies."),
        new(AutoScalingDiagnosticCodes.HookNameRequired, DiagnosticSeverity.Error, "LifecycleHookName is required",
            "LifecycleHookName is missing or empty."),
        new(AutoScalingDiagnosticCodes.HookNameTooLong, DiagnosticSeverity.Error, I($"LifecycleHookName is at most {Name} characters"),
            I($"LifecycleHookName is longer than {Name} characters.")),
        new(AutoScalingDiagnosticCodes.HookNameInvalidCharacter, DiagnosticSeverity.Error, "LifecycleHookName uses only A-Z a-z 0-9 - _ /",
            "LifecycleHookName has a character outside A-Z, a-z, 0-9, '-', '_' and '/'."),
        new(AutoScalingDiagnosticCodes.GroupNameRequired, DiagnosticSeverity.Error, "AutoScalingGroupName is required",
            "AutoScalingGroupName is missing or empty."),
        new(AutoScalingDiagnosticCodes.GroupNameTooLong, DiagnosticSeverity.Error, I($"AutoScalingGroupName is at most {Name} characters"),
            I($"AutoScalingGroupName is longer than {Name} characters.")),
        new(AutoScalingDiagnosticCodes.GroupNameInvalidCharacter, DiagnosticSeverity.Error, "AutoScalingGroupName has only XML 1.0 characters",
            "AutoScalingGroupName has a character that XML 1.0 does not allow."),
        new(AutoScalingDiagnosticCodes.TransitionUnknown, DiagnosticSeverity.Error, "LifecycleTransition is one of the two transitions",
            "LifecycleTransition is not one of the two transitions."),
        new(AutoScalingDiagnosticCodes.HeartbeatTimeoutOutOfRange, DiagnosticSeverity.Error, I($"HeartbeatTimeout is {MinBeat}..{MaxBeat} seconds"),
            I($"HeartbeatTimeout is outside {MinBeat}..{MaxBeat} seconds.")),
        new(AutoScalingDiagnosticCodes.ResultUnknown, DiagnosticSeverity.Error, "DefaultResult is CONTINUE or ABANDON, in capitals",
            "DefaultResult (or LifecycleActionResult) is neither CONTINUE nor ABANDON."),
        new(AutoScalingDiagnosticCodes.MetadataEmpty, DiagnosticSeverity.Error, "NotificationMetadata is not empty",
            "NotificationMetadata is an empty string."),
        new(AutoScalingDiagnosticCodes.MetadataTooLong, DiagnosticSeverity.Error, I($"NotificationMetadata is at most {Metadata} characters"),
            I($"NotificationMetadata is longer than {Metadata} characters.")),
        new(AutoScalingDiagnosticCodes.MetadataInvalidCharacter, DiagnosticSeverity.Error, "NotificationMetadata is printable ASCII, tab, LF, CR",
            "NotificationMetadata has a character other than printable ASCII, tab, line feed or carriage return."),
        new(AutoScalingDiagnosticCodes.RoleArnEmpty, DiagnosticSeverity.Error, "RoleARN is not empty",
            "RoleARN is an empty string."),
        new(AutoScalingDiagnosticCodes.RoleArnTooLong, DiagnosticSeverity.Error, I($"RoleARN is at most {Name} characters"),
            I($"RoleARN is longer than {Name} characters.")),
        new(AutoScalingDiagnosticCodes.RoleArnInvalidCharacter, DiagnosticSeverity.Error, "RoleARN has only XML 1.0 characters",
            "RoleARN has a character that XML 1.0 does not allow."),
        new(AutoScalingDiagnosticCodes.TargetArnTooLong, DiagnosticSeverity.Error, I($"NotificationTargetARN is at most {Name} characters"),
            I($"NotificationTargetARN is longer than {Name} characters.")),
        new(AutoScalingDiagnosticCodes.TargetArnInvalidCharacter, DiagnosticSeverity.Error, "NotificationTargetARN has only XML 1.0 characters",
            "NotificationTargetARN has a character that XML 1.0 does not allow."),
        new(AutoScalingDiagnosticCodes.TokenLength, DiagnosticSeverity.Error, "LifecycleActionToken is exactly 36 characters",
            "LifecycleActionToken is not exactly 36 characters."),
        new(AutoScalingDiagnosticCodes.InstanceIdLength, DiagnosticSeverity.Error, "InstanceId is 1..19 characters",
            "InstanceId is empty or longer than 19 characters."),
        new(AutoScalingDiagnosticCodes.InstanceIdInvalidCharacter, DiagnosticSeverity.Error, "InstanceId has only XML 1.0 characters",
            "InstanceId has a character that XML 1.0 does not allow."),
        new(AutoScalingDiagnosticCodes.TargetArnNotSnsOrSqs, DiagnosticSeverity.Warning, "NotificationTargetARN is an SNS topic or SQS queue ARN with a 12-digit account",
            "NotificationTargetARN does not look like an SNS topic or SQS queue ARN."),
        new(AutoScalingDiagnosticCodes.TargetArnFifoQueue, DiagnosticSeverity.Warning, "The target is not an SQS FIFO queue",
            "NotificationTargetARN is an SQS FIFO queue, which lifecycle hooks cannot use."),
        new(AutoScalingDiagnosticCodes.RoleWithoutTarget, DiagnosticSeverity.Warning, "RoleARN without a target is never used",
            "RoleARN is set but no notification target is, so the role is never used."),
        new(AutoScalingDiagnosticCodes.RoleArnNotIamRole, DiagnosticSeverity.Warning, "RoleARN is an IAM role ARN",
            "RoleARN does not look like an IAM role ARN."),
        new(AutoScalingDiagnosticCodes.GlobalTimeoutMismatch, DiagnosticSeverity.Warning, I($"A described hook's GlobalTimeout equals min({Multiplier} x HeartbeatTimeout, {MaxGlobal})"),
            I($"A described hook's GlobalTimeout is not min({Multiplier} x HeartbeatTimeout, {MaxGlobal}); the derived value is used.")),
        new(AutoScalingDiagnosticCodes.TransitionRequiredOnCreate, DiagnosticSeverity.Error, "LifecycleTransition is required to create a hook",
            "A new hook has no LifecycleTransition."),
        new(AutoScalingDiagnosticCodes.RoleRequiredWithTarget, DiagnosticSeverity.Error, "A hook with a NotificationTargetARN needs a RoleARN",
            "A NotificationTargetARN is set but the hook has no RoleARN."),
        new(AutoScalingDiagnosticCodes.HookLimitExceeded, DiagnosticSeverity.Error, I($"A group has at most {MaxHooks} hooks"),
            I($"The group already has {MaxHooks} lifecycle hooks (LimitExceeded).")),
        new(AutoScalingDiagnosticCodes.TooManyHookNames, DiagnosticSeverity.Error, I($"DescribeLifecycleHooks takes at most {MaxNames} names"),
            I($"DescribeLifecycleHooks names more than {MaxNames} hooks.")),
        new(AutoScalingDiagnosticCodes.HookNotFound, DiagnosticSeverity.Error, "DeleteLifecycleHook names a hook the group has",
            "The named lifecycle hook does not exist in the group."),
        new(AutoScalingDiagnosticCodes.GroupNotFound, DiagnosticSeverity.Error, "The request's AutoScalingGroupName is the registry's group",
            "The request names another Auto Scaling group than the registry's."),
        new(AutoScalingDiagnosticCodes.SpecificationTargetsDiffer, DiagnosticSeverity.Error, "The hooks of one LifecycleHookSpecificationList share one target and one role",
            "The hooks of one LifecycleHookSpecificationList have different notification targets or roles."),
        new(AutoScalingDiagnosticCodes.SpecificationDuplicateName, DiagnosticSeverity.Error, "The hooks of one LifecycleHookSpecificationList have distinct names",
            "Two hooks of one LifecycleHookSpecificationList have the same name."),
        new(AutoScalingDiagnosticCodes.NoActiveLifecycleAction, DiagnosticSeverity.Error, "(simulator) a heartbeat or completion names an active action: No active Lifecycle Action found with token ... or ... with instance ID ...; a terminated instance must be in service",
            "A simulated call the service would refuse: no active lifecycle action, or an instance that cannot terminate."),
        new(AutoScalingDiagnosticCodes.TemplatePropertyUnknown, DiagnosticSeverity.Error, "A property CloudFormation does not know",
            "A property of a hook resource or LifecycleHookSpecification that CloudFormation does not know; it refuses the template."),
        new(AutoScalingDiagnosticCodes.TemplateValueWrongType, DiagnosticSeverity.Error, "A template value of the wrong type",
            "A template value of the wrong type, such as a HeartbeatTimeout that is not a whole number."),
        new(AutoScalingDiagnosticCodes.TemplateMetadataTooLong, DiagnosticSeverity.Error, "NotificationMetadata over CloudFormation's 1,023 characters",
            "NotificationMetadata over the 1,023 characters CloudFormation's AWS::AutoScaling::LifecycleHook takes (the API takes 4,000)."),
        new(AutoScalingDiagnosticCodes.SeparateLaunchHookMissesFirstInstances, DiagnosticSeverity.Warning, "A separate launching hook misses the group's first instances",
            "A launching hook defined apart from a group that launches instances when it is created: those instances never wait on it."),
        new(AutoScalingDiagnosticCodes.TemplateDuplicateHookName, DiagnosticSeverity.Error, "Two hooks of one group share a name",
            "Two hooks a template defines for one group have the same name; the second replaces the first."),
    ];

    private static string I(FormattableString text) => FormattableString.Invariant(text);
}
