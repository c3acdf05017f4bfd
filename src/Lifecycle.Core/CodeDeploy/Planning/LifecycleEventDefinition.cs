using System.Text.Json.Serialization;

namespace Lifecycle.Core.CodeDeploy.Planning;

/// <summary>One lifecycle event in a deployment's sequence.</summary>
public sealed record LifecycleEventDefinition
{
    [JsonConstructor]
    internal LifecycleEventDefinition(LifecycleEventName name, bool scriptable, EventScope scope, RevisionSource? revision)
    {
        Name = name;
        Scriptable = scriptable;
        Scope = scope;
        Revision = revision;
    }

    /// <summary>The event name, such as <c>ApplicationStop</c>.</summary>
    public LifecycleEventName Name { get; init; }

    /// <summary>False for events reserved for CodeDeploy (Start, DownloadBundle, Install, BlockTraffic, AllowTraffic, AllowTestTraffic, End).</summary>
    public bool Scriptable { get; init; }

    /// <summary>Once per instance or once per deployment.</summary>
    public EventScope Scope { get; init; }

    /// <summary>Which revision's AppSpec supplies the scripts; null for reserved events.</summary>
    public RevisionSource? Revision { get; init; }
}
