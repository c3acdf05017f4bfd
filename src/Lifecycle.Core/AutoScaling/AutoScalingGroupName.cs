using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// The name of an Auto Scaling group (<c>AutoScalingGroupName</c>, the model's <c>XmlStringMaxLen255</c>):
/// 1 to 255 characters that XML 1.0 allows. Compared ordinally. The <c>default</c> value is empty and not valid.
/// </summary>
/// <remarks>CompleteLifecycleAction and RecordLifecycleActionHeartbeat accept up to 1600 characters
/// (they also take a group ARN); a group's own name is bounded by 255.</remarks>
[JsonConverter(typeof(AwsStringJsonConverter<AutoScalingGroupName>))]
public readonly record struct AutoScalingGroupName : IAwsStringValue<AutoScalingGroupName>
{
    /// <summary>The longest group name AWS accepts.</summary>
    public const int MaxLength = AutoScalingRules.NameMaxLength;

    private readonly string? _value;

    private AutoScalingGroupName(string value) => _value = value;

    /// <summary>The name as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Checks user input; never throws.</summary>
    /// <param name="value">The candidate name; null is reported as missing.</param>
    /// <returns>The name, or diagnostics that say what is wrong.</returns>
    public static ParseResult<AutoScalingGroupName> Parse(string? value) =>
        ParseResult.From(ScalarValidators.GroupName.Check(value), () => new AutoScalingGroupName(value!));

    /// <summary>Creates a name a program knows to be valid.</summary>
    /// <param name="value">The name.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">The name breaks a rule; the message says which.</exception>
    public static AutoScalingGroupName Create(string value) => Parse(value).ValueOrArgumentException(nameof(value));

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static AutoScalingGroupName FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
