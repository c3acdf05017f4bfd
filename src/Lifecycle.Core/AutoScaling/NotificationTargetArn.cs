using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// Where the hook's notifications go (<c>NotificationTargetARN</c>): an SNS topic or SQS queue ARN of up to
/// 255 characters that XML 1.0 allows. In a PutLifecycleHook request the empty string clears the target;
/// <see cref="IsEmpty"/> tells it apart.
/// Compared ordinally. The <c>default</c> value is empty.
/// </summary>
[JsonConverter(typeof(AwsStringJsonConverter<NotificationTargetArn>))]
public readonly record struct NotificationTargetArn : IAwsStringValue<NotificationTargetArn>
{
    /// <summary>The longest target ARN AWS accepts.</summary>
    public const int MaxLength = AutoScalingRules.NameMaxLength;

    private readonly string? _value;

    private NotificationTargetArn(string value) => _value = value;

    /// <summary>The value as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for the empty string, which clears a hook's target in an update.</summary>
    public bool IsEmpty => Value.Length == 0;

    /// <summary>Checks user input; never throws.</summary>
    /// <param name="value">The candidate value; null is reported as missing.</param>
    /// <returns>The value, or diagnostics that say what is wrong.</returns>
    public static ParseResult<NotificationTargetArn> Parse(string? value) =>
        ParseResult.From(ScalarValidators.TargetArn.Check(value), () => new NotificationTargetArn(value!));

    /// <summary>Creates a value a program knows to be valid.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The value breaks a rule; the message says which.</exception>
    public static NotificationTargetArn Create(string value) => Parse(value).ValueOrArgumentException(nameof(value));

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static NotificationTargetArn FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
