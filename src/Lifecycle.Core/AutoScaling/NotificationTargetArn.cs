using System.Diagnostics.CodeAnalysis;
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
[JsonConverter(typeof(ParsableJsonConverter<NotificationTargetArn>))]
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

    /// <summary>Reads a value, as <see cref="IParsable{TSelf}"/> does.</summary>
    /// <param name="s">The value as AWS writes it.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DiagnosticFormatException">The value breaks a rule; its diagnostics say which and how to fix it.</exception>
    public static NotificationTargetArn Parse(string s) => AwsStringValue.Parse<NotificationTargetArn>(s);

    /// <summary>Reads a value without throwing.</summary>
    /// <param name="s">The candidate value.</param>
    /// <param name="result">The value, when it is valid.</param>
    /// <returns>True when <paramref name="s"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out NotificationTargetArn result) => AwsStringValue.TryParse(s, out result);

    /// <summary>Reads a value from user input, with the service's findings when it is not valid (what an AWS error reports).</summary>
    /// <param name="s">The candidate value.</param>
    /// <returns>The value, or the diagnostics that say what is wrong with it.</returns>
    public static Result<NotificationTargetArn> Read(string? s) => AwsStringValue.Read<NotificationTargetArn>(s);

    static IReadOnlyList<Diagnostic> IAwsStringValue<NotificationTargetArn>.Check(string? value) => ScalarValidators.TargetArn.Check(value);

    static NotificationTargetArn IAwsStringValue<NotificationTargetArn>.Wrap(string value) => new(value);

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static NotificationTargetArn FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
