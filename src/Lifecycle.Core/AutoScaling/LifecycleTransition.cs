using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// When a hook runs: as instances launch (<c>autoscaling:EC2_INSTANCE_LAUNCHING</c>) or as they terminate
/// (<c>autoscaling:EC2_INSTANCE_TERMINATING</c>). <c>default(LifecycleTransition)</c> is <see cref="InstanceLaunching"/>.
/// </summary>
[JsonConverter(typeof(ParsableJsonConverter<LifecycleTransition>))]
public readonly record struct LifecycleTransition : IAwsStringValue<LifecycleTransition>
{
    internal const string LaunchingWire = "autoscaling:EC2_INSTANCE_LAUNCHING";
    internal const string TerminatingWire = "autoscaling:EC2_INSTANCE_TERMINATING";

    private readonly bool _terminating;

    private LifecycleTransition(bool terminating) => _terminating = terminating;

    /// <summary>Scale-out: the hook pauses new instances in <c>Pending:Wait</c>.</summary>
    public static LifecycleTransition InstanceLaunching => default;

    /// <summary>Scale-in: the hook pauses leaving instances in <c>Terminating:Wait</c>.</summary>
    public static LifecycleTransition InstanceTerminating { get; } = new(terminating: true);

    /// <summary>Both transitions, as DescribeLifecycleHookTypes lists them.</summary>
    public static IReadOnlyList<LifecycleTransition> All { get; } = [InstanceLaunching, InstanceTerminating];

    /// <summary>True for <see cref="InstanceLaunching"/>.</summary>
    public bool IsLaunching => !_terminating;

    /// <summary>True for <see cref="InstanceTerminating"/>.</summary>
    public bool IsTerminating => _terminating;

    /// <summary>The wire string, such as <c>autoscaling:EC2_INSTANCE_LAUNCHING</c>.</summary>
    public string Value => _terminating ? TerminatingWire : LaunchingWire;

    /// <summary>Reads a value (case-sensitive, written in full), as <see cref="IParsable{TSelf}"/> does.</summary>
    /// <param name="s">The wire string.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DiagnosticFormatException">The string is not one of the values; the diagnostic lists them.</exception>
    public static LifecycleTransition Parse(string s) => AwsStringValue.Parse<LifecycleTransition>(s);

    /// <summary>Reads a value without throwing.</summary>
    /// <param name="s">The candidate wire string.</param>
    /// <param name="result">The value, when it is one of them.</param>
    /// <returns>True when <paramref name="s"/> is one of the values.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out LifecycleTransition result) => AwsStringValue.TryParse(s, out result);

    /// <summary>Reads a value from user input, with the service's findings when it is not valid (what an AWS error reports).</summary>
    /// <param name="s">The candidate value.</param>
    /// <returns>The value, or the diagnostics that say what is wrong with it.</returns>
    public static Result<LifecycleTransition> Read(string? s) => AwsStringValue.Read<LifecycleTransition>(s);

    static IReadOnlyList<Diagnostic> IAwsStringValue<LifecycleTransition>.Check(string? value) => ScalarValidators.Transition.Check(value);

    static LifecycleTransition IAwsStringValue<LifecycleTransition>.Wrap(string value) => FromWire(value)!.Value;

    internal static LifecycleTransition? FromWire(string value) => value switch
    {
        LaunchingWire => InstanceLaunching,
        TerminatingWire => InstanceTerminating,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Value;
}
