using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// The token that identifies one lifecycle action (<c>LifecycleActionToken</c>): exactly 36 characters,
/// a UUID such as <c>bcd2f1b8-9a78-44d3-8a7a-4dd07d7cf635</c>, delivered in the hook's notification.
/// Compared ordinally. The <c>default</c> value is empty.
/// </summary>
[JsonConverter(typeof(AwsStringJsonConverter<LifecycleActionToken>))]
public readonly record struct LifecycleActionToken : IAwsStringValue<LifecycleActionToken>
{
    /// <summary>The length of every token.</summary>
    public const int Length = AutoScalingRules.TokenLength;

    private readonly string? _value;

    private LifecycleActionToken(string value) => _value = value;

    /// <summary>The value as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Checks user input; never throws.</summary>
    /// <param name="value">The candidate value; null is reported as missing.</param>
    /// <returns>The value, or diagnostics that say what is wrong.</returns>
    public static ParseResult<LifecycleActionToken> Parse(string? value) =>
        ParseResult.From(ScalarValidators.Token.Check(value), () => new LifecycleActionToken(value!));

    /// <summary>Creates a value a program knows to be valid.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The value breaks a rule; the message says which.</exception>
    public static LifecycleActionToken Create(string value) => Parse(value).ValueOrArgumentException(nameof(value));

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static LifecycleActionToken FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
