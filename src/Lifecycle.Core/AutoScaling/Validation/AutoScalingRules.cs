using Lifecycle.Core.Diagnostics;
using System.Globalization;
using FluentValidation;
using static Lifecycle.Core.AutoScaling.AutoScalingDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling.Validation;

/// <summary>
/// One rule chain per constrained AWS value (reference §1.1-§1.8). The request validators and the value
/// types' <c>Parse</c> methods both use these, so each rule lives in exactly one place. Null means "not
/// given": a required value is checked with <see cref="Required{T}"/> first; an optional one passes.
/// </summary>
internal static class AutoScalingRules
{
    public const int NameMaxLength = 255;
    public const int MetadataMaxLength = 4000;
    public const int TokenLength = 36;
    public const int InstanceIdMaxLength = 19;
    public const int MinHeartbeatSeconds = HeartbeatTimeout.MinSeconds;
    public const int MaxHeartbeatSeconds = HeartbeatTimeout.MaxSeconds;

    private const string HookNameCharacters = "the letters A-Z and a-z, the digits 0-9, '-', '_' and '/'";

    /// <summary>A required value: null and the empty string are refused with <paramref name="code"/>.</summary>
    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilderInitial<T, string?> rule, string code, string message) =>
        // Not FluentValidation's NotEmpty: it also refuses white space, which AWS allows (a group named " " is valid).
        rule.Cascade(CascadeMode.Stop).Must(v => !string.IsNullOrEmpty(v)).WithErrorCode(code).WithMessage(message);

    /// <summary>LifecycleHookName (<c>AsciiStringMaxLen255</c>): 1..255 of <c>[A-Za-z0-9\-_\/]</c>.</summary>
    public static IRuleBuilderOptions<T, string?> ValidHookName<T>(this IRuleBuilder<T, string?> rule, string member) =>
        rule.Must(v => v is null || v.Length > 0).WithErrorCode(HookNameRequired)
                .WithMessage($"{member} is empty. Give the hook a name of 1 to {NameMaxLength} characters: {HookNameCharacters}.")
            .Must(v => v is null || v.Length <= NameMaxLength).WithErrorCode(HookNameTooLong)
                .WithMessage((_, v) => TooLong(member, v!, NameMaxLength))
            .Must(v => v is null || CharacterRules.FirstInvalidHookNameCharacter(v) < 0).WithErrorCode(HookNameInvalidCharacter)
                .WithMessage((_, v) => BadCharacter(member, v!, CharacterRules.FirstInvalidHookNameCharacter(v!),
                    $"a hook name may only contain {HookNameCharacters}. Replace it, for example with '-'"));

    /// <summary>A string of the model's XML shapes: <paramref name="min"/>..<paramref name="max"/> XML 1.0 characters.</summary>
    public static IRuleBuilderOptions<T, string?> ValidXmlString<T>(
        this IRuleBuilder<T, string?> rule, string member, int min, int max, string emptyCode, string emptyMessage, string tooLongCode, string characterCode) =>
        (min > 0 ? rule.Must(v => v is null || v.Length >= min).WithErrorCode(emptyCode).WithMessage(emptyMessage) : rule)
            .Must(v => v is null || v.Length <= max).WithErrorCode(tooLongCode).WithMessage((_, v) => TooLong(member, v!, max))
            .Must(v => v is null || CharacterRules.FirstInvalidXmlCharacter(v) < 0).WithErrorCode(characterCode)
                .WithMessage((_, v) => BadCharacter(member, v!, CharacterRules.FirstInvalidXmlCharacter(v!),
                    "the value may only hold characters that XML 1.0 allows. Remove it"));

    /// <summary>AutoScalingGroupName (<c>XmlStringMaxLen255</c>).</summary>
    public static IRuleBuilderOptions<T, string?> ValidGroupName<T>(this IRuleBuilder<T, string?> rule, string member) =>
        rule.ValidXmlString(member, 1, NameMaxLength, GroupNameRequired,
            $"{member} is empty. Name the Auto Scaling group the hook belongs to (1 to {NameMaxLength} characters).",
            GroupNameTooLong, GroupNameInvalidCharacter);

    /// <summary>RoleARN (<c>XmlStringMaxLen255</c>, 1..255).</summary>
    public static IRuleBuilderOptions<T, string?> ValidRoleArn<T>(this IRuleBuilder<T, string?> rule, string member) =>
        rule.ValidXmlString(member, 1, NameMaxLength, RoleArnEmpty,
            $"{member} is an empty string, but a role ARN has 1 to {NameMaxLength} characters. Leave the member out, or give the ARN of the role that lets Auto Scaling publish to the notification target.",
            RoleArnTooLong, RoleArnInvalidCharacter);

    /// <summary>NotificationTargetARN (<c>NotificationTargetResourceName</c>, 0..255: empty clears the target).</summary>
    public static IRuleBuilderOptions<T, string?> ValidTargetArn<T>(this IRuleBuilder<T, string?> rule, string member) =>
        rule.ValidXmlString(member, 0, NameMaxLength, string.Empty, string.Empty, TargetArnTooLong, TargetArnInvalidCharacter);

    /// <summary>NotificationMetadata (<c>AnyPrintableAsciiStringMaxLen4000</c>): 1..4000 of tab, LF, CR and printable ASCII.</summary>
    public static IRuleBuilderOptions<T, string?> ValidMetadata<T>(this IRuleBuilder<T, string?> rule, string member) =>
        rule.Must(v => v is null || v.Length > 0).WithErrorCode(MetadataEmpty)
                .WithMessage($"{member} is an empty string, but metadata has 1 to {MetadataMaxLength} characters. Leave the member out when there is no metadata.")
            .Must(v => v is null || v.Length <= MetadataMaxLength).WithErrorCode(MetadataTooLong)
                .WithMessage((_, v) => TooLong(member, v!, MetadataMaxLength))
            .Must(v => v is null || CharacterRules.FirstInvalidPrintableAsciiCharacter(v) < 0).WithErrorCode(MetadataInvalidCharacter)
                .WithMessage((_, v) => BadCharacter(member, v!, CharacterRules.FirstInvalidPrintableAsciiCharacter(v!),
                    "metadata may only hold printable ASCII (space to '~'), tab, line feed and carriage return. Encode other characters, for example as JSON \\u escapes"));

    /// <summary>HeartbeatTimeout: 30..7200 seconds (doc text; the model has no bounds, §1.2).</summary>
    public static IRuleBuilderOptions<T, int?> ValidHeartbeatTimeout<T>(this IRuleBuilder<T, int?> rule, string member) =>
        rule.Must(v => v is null or (>= MinHeartbeatSeconds and <= MaxHeartbeatSeconds)).WithErrorCode(HeartbeatTimeoutOutOfRange)
            .WithMessage((_, v) => string.Create(CultureInfo.InvariantCulture,
                $"{member} is {v} seconds, but it must be between {MinHeartbeatSeconds} and {MaxHeartbeatSeconds} seconds. ")
                + (v > MaxHeartbeatSeconds
                    ? "For a longer wait, record heartbeats: each one restarts the timeout, up to the global timeout of 48 hours."
                    : $"Leave it out for the default of {HeartbeatTimeout.DefaultSeconds} seconds."));

    /// <summary>LifecycleTransition: one of the two documented values (§1.2).</summary>
    public static IRuleBuilderOptions<T, string?> ValidTransition<T>(this IRuleBuilder<T, string?> rule, string member) =>
        rule.Must(v => v is null || LifecycleTransition.FromWire(v) is not null).WithErrorCode(TransitionUnknown)
            .WithMessage((_, v) => $"{member} {MessageText.Quote(v!)} is not a lifecycle transition. Use "
                + $"\"{LifecycleTransition.LaunchingWire}\" (scale-out) or \"{LifecycleTransition.TerminatingWire}\" (scale-in)."
                + DidYouMean(v!, LifecycleTransition.LaunchingWire, LifecycleTransition.TerminatingWire));

    /// <summary>DefaultResult or LifecycleActionResult: CONTINUE or ABANDON, as written (§1.2).</summary>
    public static IRuleBuilderOptions<T, string?> ValidResult<T>(this IRuleBuilder<T, string?> rule, string member) =>
        rule.Must(v => v is null || LifecycleActionResult.FromWire(v) is not null).WithErrorCode(ResultUnknown)
            .WithMessage((_, v) => $"{member} {MessageText.Quote(v!)} is not a lifecycle action result. Use \"CONTINUE\" or \"ABANDON\"."
                + DidYouMean(v!, LifecycleActionResult.ContinueWire, LifecycleActionResult.AbandonWire));

    /// <summary>LifecycleActionToken: exactly 36 characters (§1.5).</summary>
    public static IRuleBuilderOptions<T, string?> ValidToken<T>(this IRuleBuilder<T, string?> rule, string member) =>
        rule.Must(v => v is null || v.Length == TokenLength).WithErrorCode(AutoScalingDiagnosticCodes.TokenLength)
            .WithMessage((_, v) => string.Create(CultureInfo.InvariantCulture,
                $"{member} {MessageText.Quote(v!)} is {v!.Length} characters long, but a token is exactly {TokenLength} characters: the UUID from the lifecycle notification, such as bcd2f1b8-9a78-44d3-8a7a-4dd07d7cf635."));

    /// <summary>InstanceId (<c>XmlStringMaxLen19</c>).</summary>
    public static IRuleBuilderOptions<T, string?> ValidInstanceId<T>(this IRuleBuilder<T, string?> rule, string member) =>
        rule.Must(v => v is null || v.Length is >= 1 and <= InstanceIdMaxLength).WithErrorCode(InstanceIdLength)
                .WithMessage((_, v) => string.Create(CultureInfo.InvariantCulture,
                    $"{member} {MessageText.Quote(v!)} is {v!.Length} characters long, but an instance id has 1 to {InstanceIdMaxLength} characters, such as i-0598c7d356eba48d7."))
            .Must(v => v is null || CharacterRules.FirstInvalidXmlCharacter(v) < 0).WithErrorCode(InstanceIdInvalidCharacter)
                .WithMessage((_, v) => BadCharacter(member, v!, CharacterRules.FirstInvalidXmlCharacter(v!),
                    "the value may only hold characters that XML 1.0 allows. Remove it"));

    /// <summary>Lint: a target the hook cannot notify, or an SQS FIFO queue (§2.7.1).</summary>
    public static void TargetArnLints<T>(this IRuleBuilder<T, string?> rule, string member)
    {
        rule.Must(v => string.IsNullOrEmpty(v) || ArnRules.ClassifyTarget(v) != ArnRules.TargetKind.Unsupported)
                .WithErrorCode(TargetArnNotSnsOrSqs).WithSeverity(Severity.Warning)
                .WithMessage((_, v) => $"{member} {MessageText.Quote(v!)} is not the ARN of an SNS topic or an SQS queue "
                    + "(arn:aws:sns:REGION:ACCOUNT:TOPIC or arn:aws:sqs:REGION:ACCOUNT:QUEUE, with a 12-digit account). "
                    + "Auto Scaling would fail to publish its test message and refuse the hook.")
            .Must(v => string.IsNullOrEmpty(v) || ArnRules.ClassifyTarget(v) != ArnRules.TargetKind.SqsFifoQueue)
                .WithErrorCode(TargetArnFifoQueue).WithSeverity(Severity.Warning)
                .WithMessage((_, v) => $"{member} {MessageText.Quote(v!)} is an SQS FIFO queue, and FIFO queues do not work with lifecycle hooks. Use a standard queue.");
    }

    /// <summary>Lint: a role ARN that is not an IAM role.</summary>
    public static void RoleArnLints<T>(this IRuleBuilder<T, string?> rule, string member) =>
        rule.Must(v => string.IsNullOrEmpty(v) || ArnRules.IsIamRoleArn(v)).WithErrorCode(RoleArnNotIamRole).WithSeverity(Severity.Warning)
            .WithMessage((_, v) => $"{member} {MessageText.Quote(v!)} is not the ARN of an IAM role (arn:aws:iam::ACCOUNT:role/NAME, with a 12-digit account).");

    private static string TooLong(string member, string value, int max) => string.Create(CultureInfo.InvariantCulture,
        $"{member} is {value.Length} characters long, but the limit is {max}. Shorten it.");

    private static string BadCharacter(string member, string value, int index, string rule) => string.Create(CultureInfo.InvariantCulture,
        $"{member} {MessageText.Quote(value)} has {CharacterRules.Describe(value, index)} at position {index + 1}, but {rule}.");

    private static string DidYouMean(string value, params string[] candidates)
    {
        var trimmed = value.Trim();
        foreach (var candidate in candidates)
        {
            var bare = candidate[(candidate.IndexOf(':', StringComparison.Ordinal) + 1)..];
            if (string.Equals(trimmed, candidate, StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, bare, StringComparison.OrdinalIgnoreCase))
            {
                return $" Did you mean \"{candidate}\"? Values are case-sensitive and written in full.";
            }
        }

        return string.Empty;
    }
}
