using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// When a hook runs: as instances launch (<c>autoscaling:EC2_INSTANCE_LAUNCHING</c>) or as they terminate
/// (<c>autoscaling:EC2_INSTANCE_TERMINATING</c>). <c>default(LifecycleTransition)</c> is <see cref="InstanceLaunching"/>.
/// </summary>
[JsonConverter(typeof(AwsStringJsonConverter<LifecycleTransition>))]
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

    /// <summary>Checks user input (case-sensitive, written in full); never throws.</summary>
    /// <param name="value">The wire string.</param>
    /// <returns>The transition, or a diagnostic listing the two values.</returns>
    public static ParseResult<LifecycleTransition> Parse(string? value) =>
        ParseResult.From(ScalarValidators.Transition.Check(value), () => FromWire(value!)!.Value);

    internal static LifecycleTransition? FromWire(string value) => value switch
    {
        LaunchingWire => InstanceLaunching,
        TerminatingWire => InstanceTerminating,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Value;
}
