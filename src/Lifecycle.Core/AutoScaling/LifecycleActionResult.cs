using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// How a lifecycle action ends: <c>CONTINUE</c> or <c>ABANDON</c> (§2.4). As a hook's DefaultResult it
/// applies when the hook times out; AWS's default is ABANDON, and so is <c>default(LifecycleActionResult)</c>.
/// </summary>
[JsonConverter(typeof(ParsableJsonConverter<LifecycleActionResult>))]
public readonly record struct LifecycleActionResult : IAwsStringValue<LifecycleActionResult>
{
    internal const string ContinueWire = "CONTINUE";
    internal const string AbandonWire = "ABANDON";

    private readonly bool _continue;

    private LifecycleActionResult(bool proceed) => _continue = proceed;

    /// <summary>ABANDON: a launching instance is terminated and replaced; a terminating one stops its other hooks.</summary>
    public static LifecycleActionResult Abandon => default;

    /// <summary>CONTINUE: a launching instance goes into service; a terminating one lets its other hooks finish.</summary>
    public static LifecycleActionResult Continue { get; } = new(proceed: true);

    /// <summary>The DefaultResult of a hook that names none: ABANDON.</summary>
    public static LifecycleActionResult Default => Abandon;

    /// <summary>True for <see cref="Continue"/>.</summary>
    public bool IsContinue => _continue;

    /// <summary>True for <see cref="Abandon"/>.</summary>
    public bool IsAbandon => !_continue;

    /// <summary>The wire string: <c>CONTINUE</c> or <c>ABANDON</c>.</summary>
    public string Value => _continue ? ContinueWire : AbandonWire;

    /// <summary>Reads a value (case-sensitive, written in full), as <see cref="IParsable{TSelf}"/> does.</summary>
    /// <param name="s">The wire string.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DiagnosticFormatException">The string is not one of the values; the diagnostic lists them.</exception>
    public static LifecycleActionResult Parse(string s) => AwsStringValue.Parse<LifecycleActionResult>(s);

    /// <summary>Reads a value without throwing.</summary>
    /// <param name="s">The candidate wire string.</param>
    /// <param name="result">The value, when it is one of them.</param>
    /// <returns>True when <paramref name="s"/> is one of the values.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out LifecycleActionResult result) => AwsStringValue.TryParse(s, out result);

    /// <summary>Reads a value from user input, with the service's findings when it is not valid (what an AWS error reports).</summary>
    /// <param name="s">The candidate value.</param>
    /// <returns>The value, or the diagnostics that say what is wrong with it.</returns>
    public static Result<LifecycleActionResult> Read(string? s) => AwsStringValue.Read<LifecycleActionResult>(s);

    static IReadOnlyList<Diagnostic> IAwsStringValue<LifecycleActionResult>.Check(string? value) => ScalarValidators.Result.Check(value);

    static LifecycleActionResult IAwsStringValue<LifecycleActionResult>.Wrap(string value) => FromWire(value)!.Value;

    internal static LifecycleActionResult? FromWire(string value) => value switch
    {
        ContinueWire => Continue,
        AbandonWire => Abandon,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Value;
}
