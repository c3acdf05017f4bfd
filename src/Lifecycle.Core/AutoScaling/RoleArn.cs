using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// The ARN of the IAM role that lets Auto Scaling publish to the hook's notification target
/// (<c>RoleARN</c>): 1 to 255 characters that XML 1.0 allows.
/// Compared ordinally. The <c>default</c> value is empty.
/// </summary>
[JsonConverter(typeof(AwsStringJsonConverter<RoleArn>))]
public readonly record struct RoleArn : IAwsStringValue<RoleArn>
{
    /// <summary>The longest role ARN AWS accepts.</summary>
    public const int MaxLength = AutoScalingRules.NameMaxLength;

    private readonly string? _value;

    private RoleArn(string value) => _value = value;

    /// <summary>The value as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Checks user input; never throws.</summary>
    /// <param name="value">The candidate value; null is reported as missing.</param>
    /// <returns>The value, or diagnostics that say what is wrong.</returns>
    public static ParseResult<RoleArn> Parse(string? value) =>
        ParseResult.From(ScalarValidators.RoleArn.Check(value), () => new RoleArn(value!));

    /// <summary>Creates a value a program knows to be valid.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The value breaks a rule; the message says which.</exception>
    public static RoleArn Create(string value) => Parse(value).ValueOrArgumentException(nameof(value));

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static RoleArn FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
