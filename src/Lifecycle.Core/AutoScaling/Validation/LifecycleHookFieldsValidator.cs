using Lifecycle.Core.Diagnostics;
using FluentValidation;
using static Lifecycle.Core.AutoScaling.AutoScalingDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling.Validation;

/// <summary>
/// The rules every hook definition obeys when it creates a hook (reference §1.2, §1.8, §2.9), shared by
/// PutLifecycleHook requests, LifecycleHookSpecification and described hooks.
/// </summary>
internal abstract class LifecycleHookFieldsValidator<T> : AbstractValidator<T>
    where T : ILifecycleHookFields
{
    protected LifecycleHookFieldsValidator()
    {
        RuleFor(x => x.LifecycleHookName)
            .Required(HookNameRequired, $"LifecycleHookName is required. Give the hook a name of 1 to {AutoScalingRules.NameMaxLength} characters: letters, digits, '-', '_' or '/'.")
            .ValidHookName("LifecycleHookName");

        // §1.2/§2.9: "Required for new lifecycle hooks, but optional when updating existing hooks."
        RuleFor(x => x.LifecycleTransition)
            .Required(TransitionRequiredOnCreate,
                $"LifecycleTransition is required to create a hook. Add \"LifecycleTransition\": \"{LifecycleTransition.LaunchingWire}\" "
                + $"or \"{LifecycleTransition.TerminatingWire}\" (only an update of an existing hook may leave it out).")
            .ValidTransition("LifecycleTransition");

        RuleFor(x => x.HeartbeatTimeout).ValidHeartbeatTimeout("HeartbeatTimeout");
        RuleFor(x => x.DefaultResult).ValidResult("DefaultResult");
        RuleFor(x => x.NotificationMetadata).ValidMetadata("NotificationMetadata");

        RuleFor(x => x.NotificationTargetARN).Cascade(CascadeMode.Stop).ValidTargetArn("NotificationTargetARN");
        RuleFor(x => x.NotificationTargetARN).TargetArnLints("NotificationTargetARN");

        RuleFor(x => x.RoleARN).Cascade(CascadeMode.Stop).ValidRoleArn("RoleARN");
        RuleFor(x => x.RoleARN).RoleArnLints("RoleARN");

        // §2.9: the role is what lets Auto Scaling publish to an SNS/SQS target, so a target needs one.
        RuleFor(x => x.RoleARN)
            .Must((hook, role) => !string.IsNullOrEmpty(role) || string.IsNullOrEmpty(hook.NotificationTargetARN))
            .WithErrorCode(RoleRequiredWithTarget)
            .WithMessage(hook => $"RoleARN is required when NotificationTargetARN is set ({MessageText.Quote(hook.NotificationTargetARN!)}). "
                + "Give the ARN of a role that allows Auto Scaling to publish to the target, or remove the target to use EventBridge only.");

        RuleFor(x => x.RoleARN)
            .Must((hook, role) => string.IsNullOrEmpty(role) || !string.IsNullOrEmpty(hook.NotificationTargetARN))
            .WithErrorCode(RoleWithoutTarget).WithSeverity(Severity.Warning)
            .WithMessage("RoleARN is set but NotificationTargetARN is not, so the role is never used. Remove the role, or add the SNS topic or SQS queue it should publish to.");
    }
}

/// <summary>PutLifecycleHook: the shared rules plus the group name (§1.2).</summary>
internal sealed class PutLifecycleHookRequestValidator : LifecycleHookFieldsValidator<PutLifecycleHookRequest>
{
    public static readonly PutLifecycleHookRequestValidator Instance = new();

    private PutLifecycleHookRequestValidator()
    {
        RuleFor(x => x.AutoScalingGroupName)
            .Required(GroupNameRequired, $"AutoScalingGroupName is required. Name the Auto Scaling group the hook belongs to (1 to {AutoScalingRules.NameMaxLength} characters).")
            .ValidGroupName("AutoScalingGroupName");
    }
}

/// <summary>CreateAutoScalingGroup's LifecycleHookSpecification: the shared rules (§1.8).</summary>
internal sealed class LifecycleHookSpecificationValidator : LifecycleHookFieldsValidator<LifecycleHookSpecification>
{
    public static readonly LifecycleHookSpecificationValidator Instance = new();

    private LifecycleHookSpecificationValidator()
    {
    }
}
