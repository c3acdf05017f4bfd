using System.Diagnostics.CodeAnalysis;
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
[JsonConverter(typeof(ParsableJsonConverter<LifecycleActionToken>))]
public readonly record struct LifecycleActionToken : IAwsStringValue<LifecycleActionToken>
{
    /// <summary>The length of every token.</summary>
    public const int Length = AutoScalingRules.TokenLength;

    private readonly string? _value;

    private LifecycleActionToken(string value) => _value = value;

    /// <summary>The value as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Reads a value, as <see cref="IParsable{TSelf}"/> does.</summary>
    /// <param name="s">The value as AWS writes it.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DiagnosticFormatException">The value breaks a rule; its diagnostics say which and how to fix it.</exception>
    public static LifecycleActionToken Parse(string s) => AwsStringValue.Parse<LifecycleActionToken>(s);

    /// <summary>Reads a value without throwing.</summary>
    /// <param name="s">The candidate value.</param>
    /// <param name="result">The value, when it is valid.</param>
    /// <returns>True when <paramref name="s"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out LifecycleActionToken result) => AwsStringValue.TryParse(s, out result);

    /// <summary>Reads a value from user input, with the service's findings when it is not valid (what an AWS error reports).</summary>
    /// <param name="s">The candidate value.</param>
    /// <returns>The value, or the diagnostics that say what is wrong with it.</returns>
    public static Result<LifecycleActionToken> Read(string? s) => AwsStringValue.Read<LifecycleActionToken>(s);

    static IReadOnlyList<Diagnostic> IAwsStringValue<LifecycleActionToken>.Check(string? value) => ScalarValidators.Token.Check(value);

    static LifecycleActionToken IAwsStringValue<LifecycleActionToken>.Wrap(string value) => new(value);

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static LifecycleActionToken FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
