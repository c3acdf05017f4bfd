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
[JsonConverter(typeof(AwsStringJsonConverter<LifecycleHookName>))]
public readonly record struct LifecycleHookName : IAwsStringValue<LifecycleHookName>
{
    /// <summary>The longest name AWS accepts.</summary>
    public const int MaxLength = AutoScalingRules.NameMaxLength;

    private readonly string? _value;

    private LifecycleHookName(string value) => _value = value;

    /// <summary>The name as AWS writes it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Checks user input; never throws.</summary>
    /// <param name="value">The candidate name; null is reported as missing.</param>
    /// <returns>The name, or diagnostics that say what is wrong.</returns>
    public static ParseResult<LifecycleHookName> Parse(string? value) =>
        ParseResult.From(ScalarValidators.HookName.Check(value), () => new LifecycleHookName(value!));

    /// <summary>Creates a name a program knows to be valid.</summary>
    /// <param name="value">The name.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">The name breaks a rule; the message says which.</exception>
    public static LifecycleHookName Create(string value) => Parse(value).ValueOrArgumentException(nameof(value));

    /// <summary>Wraps a value that has already passed the same rules (a validated request); checks nothing.</summary>
    internal static LifecycleHookName FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
