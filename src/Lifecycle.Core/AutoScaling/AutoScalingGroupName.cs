using System.Diagnostics.CodeAnalysis;
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
[JsonConverter(typeof(ParsableJsonConverter<AutoScalingGroupName>))]
public readonly record struct AutoScalingGroupName : IAwsStringValue<AutoScalingGroupName>
{
    /// <summary>The longest group name AWS accepts.</summary>
    public const int MaxLength = AutoScalingRules.NameMaxLength;

    private readonly string? _value;

    private AutoScalingGroupName(string value) => _value = value;

    /// <summary>The name as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Reads a value, as <see cref="IParsable{TSelf}"/> does.</summary>
    /// <param name="s">The value as AWS writes it.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DiagnosticFormatException">The value breaks a rule; its diagnostics say which and how to fix it.</exception>
    public static AutoScalingGroupName Parse(string s) => AwsStringValue.Parse<AutoScalingGroupName>(s);

    /// <summary>Reads a value without throwing.</summary>
    /// <param name="s">The candidate value.</param>
    /// <param name="result">The value, when it is valid.</param>
    /// <returns>True when <paramref name="s"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out AutoScalingGroupName result) => AwsStringValue.TryParse(s, out result);

    /// <summary>Reads a value from user input, with the service's findings when it is not valid (what an AWS error reports).</summary>
    /// <param name="s">The candidate value.</param>
    /// <returns>The value, or the diagnostics that say what is wrong with it.</returns>
    public static Result<AutoScalingGroupName> Read(string? s) => AwsStringValue.Read<AutoScalingGroupName>(s);

    static IReadOnlyList<Diagnostic> IAwsStringValue<AutoScalingGroupName>.Check(string? value) => ScalarValidators.GroupName.Check(value);

    static AutoScalingGroupName IAwsStringValue<AutoScalingGroupName>.Wrap(string value) => new(value);

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static AutoScalingGroupName FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
