using System.Diagnostics.CodeAnalysis;
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
[JsonConverter(typeof(ParsableJsonConverter<InstanceId>))]
public readonly record struct InstanceId : IAwsStringValue<InstanceId>
{
    /// <summary>The longest instance id AWS accepts.</summary>
    public const int MaxLength = AutoScalingRules.InstanceIdMaxLength;

    private readonly string? _value;

    private InstanceId(string value) => _value = value;

    /// <summary>The value as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Reads a value, as <see cref="IParsable{TSelf}"/> does.</summary>
    /// <param name="s">The value as AWS writes it.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DiagnosticFormatException">The value breaks a rule; its diagnostics say which and how to fix it.</exception>
    public static InstanceId Parse(string s) => AwsStringValue.Parse<InstanceId>(s);

    /// <summary>Reads a value without throwing.</summary>
    /// <param name="s">The candidate value.</param>
    /// <param name="result">The value, when it is valid.</param>
    /// <returns>True when <paramref name="s"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out InstanceId result) => AwsStringValue.TryParse(s, out result);

    /// <summary>Reads a value from user input, with the service's findings when it is not valid (what an AWS error reports).</summary>
    /// <param name="s">The candidate value.</param>
    /// <returns>The value, or the diagnostics that say what is wrong with it.</returns>
    public static Result<InstanceId> Read(string? s) => AwsStringValue.Read<InstanceId>(s);

    static IReadOnlyList<Diagnostic> IAwsStringValue<InstanceId>.Check(string? value) => ScalarValidators.InstanceId.Check(value);

    static InstanceId IAwsStringValue<InstanceId>.Wrap(string value) => new(value);

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static InstanceId FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
