using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// Metadata the hook passes along in every notification (<c>NotificationMetadata</c>): 1 to 4000
/// characters of printable ASCII, tab, line feed and carriage return.
/// Compared ordinally. The <c>default</c> value is empty.
/// </summary>
[JsonConverter(typeof(ParsableJsonConverter<NotificationMetadata>))]
public readonly record struct NotificationMetadata : IAwsStringValue<NotificationMetadata>
{
    /// <summary>The longest metadata AWS accepts.</summary>
    public const int MaxLength = AutoScalingRules.MetadataMaxLength;

    private readonly string? _value;

    private NotificationMetadata(string value) => _value = value;

    /// <summary>The value as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Reads a value, as <see cref="IParsable{TSelf}"/> does.</summary>
    /// <param name="s">The value as AWS writes it.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DiagnosticFormatException">The value breaks a rule; its diagnostics say which and how to fix it.</exception>
    public static NotificationMetadata Parse(string s) => AwsStringValue.Parse<NotificationMetadata>(s);

    /// <summary>Reads a value without throwing.</summary>
    /// <param name="s">The candidate value.</param>
    /// <param name="result">The value, when it is valid.</param>
    /// <returns>True when <paramref name="s"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out NotificationMetadata result) => AwsStringValue.TryParse(s, out result);

    /// <summary>Reads a value from user input, with the service's findings when it is not valid (what an AWS error reports).</summary>
    /// <param name="s">The candidate value.</param>
    /// <returns>The value, or the diagnostics that say what is wrong with it.</returns>
    public static Result<NotificationMetadata> Read(string? s) => AwsStringValue.Read<NotificationMetadata>(s);

    static IReadOnlyList<Diagnostic> IAwsStringValue<NotificationMetadata>.Check(string? value) => ScalarValidators.Metadata.Check(value);

    static NotificationMetadata IAwsStringValue<NotificationMetadata>.Wrap(string value) => new(value);

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static NotificationMetadata FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
