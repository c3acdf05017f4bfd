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
[JsonConverter(typeof(AwsStringJsonConverter<NotificationMetadata>))]
public readonly record struct NotificationMetadata : IAwsStringValue<NotificationMetadata>
{
    /// <summary>The longest metadata AWS accepts.</summary>
    public const int MaxLength = AutoScalingRules.MetadataMaxLength;

    private readonly string? _value;

    private NotificationMetadata(string value) => _value = value;

    /// <summary>The value as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Checks user input; never throws.</summary>
    /// <param name="value">The candidate value; null is reported as missing.</param>
    /// <returns>The value, or diagnostics that say what is wrong.</returns>
    public static ParseResult<NotificationMetadata> Parse(string? value) =>
        ParseResult.From(ScalarValidators.Metadata.Check(value), () => new NotificationMetadata(value!));

    /// <summary>Creates a value a program knows to be valid.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The value breaks a rule; the message says which.</exception>
    public static NotificationMetadata Create(string value) => Parse(value).ValueOrArgumentException(nameof(value));

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static NotificationMetadata FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
