using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// How a lifecycle action ends: <c>CONTINUE</c> or <c>ABANDON</c> (§2.4). As a hook's DefaultResult it
/// applies when the hook times out; AWS's default is ABANDON, and so is <c>default(LifecycleActionResult)</c>.
/// </summary>
[JsonConverter(typeof(AwsStringJsonConverter<LifecycleActionResult>))]
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

    /// <summary>Checks user input (case-sensitive); never throws.</summary>
    /// <param name="value">The wire string.</param>
    /// <returns>The result, or a diagnostic naming the two values.</returns>
    public static ParseResult<LifecycleActionResult> Parse(string? value) =>
        ParseResult.From(ScalarValidators.Result.Check(value), () => FromWire(value!)!.Value);

    internal static LifecycleActionResult? FromWire(string value) => value switch
    {
        ContinueWire => Continue,
        AbandonWire => Abandon,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Value;
}
