using System.Globalization;
using FluentValidation;
using Lifecycle.Core.AutoScaling.Json;
using static Lifecycle.Core.AutoScaling.AutoScalingDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling.Validation;

/// <summary>A described hook read from JSON: the shared rules, the group name, and a consistent GlobalTimeout.</summary>
internal sealed class LifecycleHookShapeValidator : LifecycleHookFieldsValidator<LifecycleHookShape>
{
    public static readonly LifecycleHookShapeValidator Instance = new();

    private LifecycleHookShapeValidator()
    {
        RuleFor(x => x.AutoScalingGroupName)
            .Required(GroupNameRequired, "AutoScalingGroupName is required in a described hook.")
            .ValidGroupName("AutoScalingGroupName");

        RuleFor(x => x.GlobalTimeout)
            .Must((hook, global) => global is null || hook.HeartbeatTimeout is not (>= AutoScalingRules.MinHeartbeatSeconds and <= AutoScalingRules.MaxHeartbeatSeconds)
                || global == HeartbeatTimeout.FromSeconds(hook.HeartbeatTimeout.Value).GlobalTimeoutSeconds)
            .WithErrorCode(GlobalTimeoutMismatch).WithSeverity(Severity.Warning)
            .WithMessage(hook => string.Create(CultureInfo.InvariantCulture,
                $"GlobalTimeout is {hook.GlobalTimeout}, but AWS derives it as min({HeartbeatTimeout.GlobalTimeoutMultiplier} x HeartbeatTimeout, {HeartbeatTimeout.MaxGlobalTimeoutSeconds}) = {HeartbeatTimeout.FromSeconds(hook.HeartbeatTimeout!.Value).GlobalTimeoutSeconds} seconds. The SDK uses the derived value."));
    }
}
