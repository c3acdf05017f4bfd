using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// The name of a lifecycle hook (<c>LifecycleHookName</c>): 1 to 255 characters, each a letter A-Z or
/// a-z, a digit, '-', '_' or '/'. Names are compared ordinally (case-sensitive).
/// The <c>default</c> value has an empty <see cref="Value"/> and is not a valid name.
/// </summary>
[JsonConverter(typeof(ParsableJsonConverter<LifecycleHookName>))]
public readonly record struct LifecycleHookName : IAwsStringValue<LifecycleHookName>
{
    /// <summary>The longest name AWS accepts.</summary>
    public const int MaxLength = AutoScalingRules.NameMaxLength;

    private readonly string? _value;

    private LifecycleHookName(string value) => _value = value;

    /// <summary>The name as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Reads a value, as <see cref="IParsable{TSelf}"/> does.</summary>
    /// <param name="s">The value as AWS writes it.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DiagnosticFormatException">The value breaks a rule; its diagnostics say which and how to fix it.</exception>
    public static LifecycleHookName Parse(string s) => AwsStringValue.Parse<LifecycleHookName>(s);

    /// <summary>Reads a value without throwing.</summary>
    /// <param name="s">The candidate value.</param>
    /// <param name="result">The value, when it is valid.</param>
    /// <returns>True when <paramref name="s"/> is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out LifecycleHookName result) => AwsStringValue.TryParse(s, out result);

    /// <summary>Reads a value from user input, with the service's findings when it is not valid (what an AWS error reports).</summary>
    /// <param name="s">The candidate value.</param>
    /// <returns>The value, or the diagnostics that say what is wrong with it.</returns>
    public static Result<LifecycleHookName> Read(string? s) => AwsStringValue.Read<LifecycleHookName>(s);

    static IReadOnlyList<Diagnostic> IAwsStringValue<LifecycleHookName>.Check(string? value) => ScalarValidators.HookName.Check(value);

    static LifecycleHookName IAwsStringValue<LifecycleHookName>.Wrap(string value) => new(value);

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static LifecycleHookName FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
