using System.Diagnostics.CodeAnalysis;
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
[JsonConverter(typeof(ParsableJsonConverter<RoleArn>))]
public readonly record struct RoleArn : IAwsStringValue<RoleArn>
{
    /// <summary>The longest role ARN AWS accepts.</summary>
    public const int MaxLength = AutoScalingRules.NameMaxLength;

    private readonly string? _value;

    private RoleArn(string value) => _value = value;

    /// <summary>The value as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Reads a value, as <see cref="IParsable{TSelf}"/> does.</summary>
    /// <param name="s">The value as AWS writes it.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DiagnosticFormatException">The value breaks a rule; its diagnostics say which and how to fix it.</exception>
    public static RoleArn Parse(string s) => AwsStringValue.Parse<RoleArn>(s);

    /// <summary>Reads a value without throwing.</summary>
    /// <param name="s">The candidate value.</param>
    /// <param name="result">The value, when it is valid.</param>
    /// <returns>True when <paramref name="s"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out RoleArn result) => AwsStringValue.TryParse(s, out result);

    /// <summary>Reads a value from user input, with the service's findings when it is not valid (what an AWS error reports).</summary>
    /// <param name="s">The candidate value.</param>
    /// <returns>The value, or the diagnostics that say what is wrong with it.</returns>
    public static Result<RoleArn> Read(string? s) => AwsStringValue.Read<RoleArn>(s);

    static IReadOnlyList<Diagnostic> IAwsStringValue<RoleArn>.Check(string? value) => ScalarValidators.RoleArn.Check(value);

    static RoleArn IAwsStringValue<RoleArn>.Wrap(string value) => new(value);

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static RoleArn FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
