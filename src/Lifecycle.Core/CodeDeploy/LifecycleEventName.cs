using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.CodeDeploy;

/// <summary>
/// The name of a CodeDeploy lifecycle event, such as <c>ApplicationStart</c>, compared ordinally (case-sensitive, as
/// the agent compares them). The known events are static members; any other non-empty name can be held too, since
/// an AppSpec may misspell one (the readers report it) and a plan shows it as written. The <c>default</c> value is
/// empty and is no name.
/// </summary>
[JsonConverter(typeof(ParsableJsonConverter<LifecycleEventName>))]
public readonly record struct LifecycleEventName : IParsable<LifecycleEventName>
{
    private readonly string? _value;

    private LifecycleEventName(string value) => _value = value;

    /// <summary>The name as written.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>ApplicationStop: EC2/On-Premises, scripts of the revision that was last deployed.</summary>
    public static LifecycleEventName ApplicationStop { get; } = new("ApplicationStop");

    /// <summary>BeforeInstall: EC2/On-Premises and ECS.</summary>
    public static LifecycleEventName BeforeInstall { get; } = new("BeforeInstall");

    /// <summary>AfterInstall: EC2/On-Premises and ECS.</summary>
    public static LifecycleEventName AfterInstall { get; } = new("AfterInstall");

    /// <summary>ApplicationStart: EC2/On-Premises.</summary>
    public static LifecycleEventName ApplicationStart { get; } = new("ApplicationStart");

    /// <summary>ValidateService: EC2/On-Premises.</summary>
    public static LifecycleEventName ValidateService { get; } = new("ValidateService");

    /// <summary>BeforeBlockTraffic: EC2/On-Premises with a load balancer.</summary>
    public static LifecycleEventName BeforeBlockTraffic { get; } = new("BeforeBlockTraffic");

    /// <summary>AfterBlockTraffic: EC2/On-Premises with a load balancer.</summary>
    public static LifecycleEventName AfterBlockTraffic { get; } = new("AfterBlockTraffic");

    /// <summary>BeforeAllowTraffic: EC2/On-Premises with a load balancer, ECS and Lambda.</summary>
    public static LifecycleEventName BeforeAllowTraffic { get; } = new("BeforeAllowTraffic");

    /// <summary>AfterAllowTraffic: EC2/On-Premises with a load balancer, ECS and Lambda.</summary>
    public static LifecycleEventName AfterAllowTraffic { get; } = new("AfterAllowTraffic");

    /// <summary>AfterAllowTestTraffic: ECS, after the test listener serves the replacement task set.</summary>
    public static LifecycleEventName AfterAllowTestTraffic { get; } = new("AfterAllowTestTraffic");

    /// <summary>Start: reserved for CodeDeploy, the first event of every deployment.</summary>
    public static LifecycleEventName Start { get; } = new("Start");

    /// <summary>DownloadBundle: reserved; the agent copies the revision to the instance.</summary>
    public static LifecycleEventName DownloadBundle { get; } = new("DownloadBundle");

    /// <summary>Install: reserved; the agent installs the revision's files.</summary>
    public static LifecycleEventName Install { get; } = new("Install");

    /// <summary>BlockTraffic: reserved; the load balancer stops sending traffic to the instance.</summary>
    public static LifecycleEventName BlockTraffic { get; } = new("BlockTraffic");

    /// <summary>AllowTraffic: reserved; the load balancer sends traffic to the instance or the new version.</summary>
    public static LifecycleEventName AllowTraffic { get; } = new("AllowTraffic");

    /// <summary>AllowTestTraffic: reserved (ECS); the test listener serves the replacement task set.</summary>
    public static LifecycleEventName AllowTestTraffic { get; } = new("AllowTestTraffic");

    /// <summary>End: reserved for CodeDeploy, the last event of every deployment.</summary>
    public static LifecycleEventName End { get; } = new("End");

    /// <summary>True for the events reserved for CodeDeploy itself (Start, DownloadBundle, Install, ...), which run no script.</summary>
    public bool IsReserved => LifecycleEventNames.Reserved.Contains(Value, StringComparer.Ordinal);

    /// <summary>True for a name of one of the events CodeDeploy knows, on any platform (reserved ones included).</summary>
    public bool IsKnown => IsReserved || LifecycleEventNames.ServerScriptable.Contains(Value, StringComparer.Ordinal)
        || LifecycleEventNames.Ecs.Contains(Value, StringComparer.Ordinal);

    /// <summary>Reads a name, as <see cref="IParsable{TSelf}"/> does: any non-empty text (see <see cref="IsKnown"/>).</summary>
    /// <param name="s">The name.</param>
    /// <returns>The name.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is empty.</exception>
    public static LifecycleEventName Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var name)
            ? name
            : throw new FormatException("A lifecycle event name is empty. Write the event's name, such as ApplicationStart.");
    }

    /// <summary>Reads a name without throwing.</summary>
    /// <param name="s">The candidate name.</param>
    /// <param name="result">The name, when <paramref name="s"/> is not empty.</param>
    /// <returns>True when <paramref name="s"/> is a non-empty text.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out LifecycleEventName result)
    {
        result = string.IsNullOrEmpty(s) ? default : new LifecycleEventName(s);
        return !string.IsNullOrEmpty(s);
    }

    static LifecycleEventName IParsable<LifecycleEventName>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<LifecycleEventName>.TryParse(string? s, IFormatProvider? provider, out LifecycleEventName result) => TryParse(s, out result);

    /// <summary>Wraps a name the readers took from a document (never empty there); checks nothing.</summary>
    internal static LifecycleEventName FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
