using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// The id of an EC2 instance as the lifecycle APIs take it (<c>InstanceId</c>, <c>XmlStringMaxLen19</c>):
/// 1 to 19 characters, such as <c>i-0598c7d356eba48d7</c>.
/// Compared ordinally. The <c>default</c> value is empty.
/// </summary>
[JsonConverter(typeof(AwsStringJsonConverter<InstanceId>))]
public readonly record struct InstanceId : IAwsStringValue<InstanceId>
{
    /// <summary>The longest instance id AWS accepts.</summary>
    public const int MaxLength = AutoScalingRules.InstanceIdMaxLength;

    private readonly string? _value;

    private InstanceId(string value) => _value = value;

    /// <summary>The value as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Checks user input; never throws.</summary>
    /// <param name="value">The candidate value; null is reported as missing.</param>
    /// <returns>The value, or diagnostics that say what is wrong.</returns>
    public static ParseResult<InstanceId> Parse(string? value) =>
        ParseResult.From(ScalarValidators.InstanceId.Check(value), () => new InstanceId(value!));

    /// <summary>Creates a value a program knows to be valid.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The value breaks a rule; the message says which.</exception>
    public static InstanceId Create(string value) => Parse(value).ValueOrArgumentException(nameof(value));

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static InstanceId FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
