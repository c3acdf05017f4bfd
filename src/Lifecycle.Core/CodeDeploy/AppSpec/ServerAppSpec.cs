using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// An EC2/On-Premises AppSpec as the CodeDeploy agent reads it (reference §2): values normalised the way the
/// agent normalises them, lifecycle events in file order, events with a null value dropped.
/// </summary>
public sealed class ServerAppSpec
{
    /// <summary>The version as written (the agent accepts only the number 0.0).</summary>
    public required string Version { get; init; }

    /// <summary><c>linux</c> or <c>windows</c>.</summary>
    public required string Os { get; init; }

    /// <summary>The lifecycle events with their scripts, in file order.</summary>
    public required IReadOnlyList<AppSpecHook> Hooks { get; init; }

    /// <summary>The files to copy.</summary>
    public required IReadOnlyList<AppSpecFile> Files { get; init; }

    /// <summary>The permissions to set (Linux only).</summary>
    public required IReadOnlyList<PermissionEntry> Permissions { get; init; }

    /// <summary>DISALLOW, OVERWRITE or RETAIN; null when the AppSpec leaves it to the deployment.</summary>
    public string? FileExistsBehavior { get; init; }

    /// <summary>Where each script's location and each file's source is written, for checks that read the model later.</summary>
    internal IReadOnlyDictionary<object, AppSpecPlace> Places { get; init; } = new Dictionary<object, AppSpecPlace>();

    /// <summary>Where <paramref name="item"/> (a <see cref="HookScript"/> or <see cref="AppSpecFile"/> of this AppSpec) is written.</summary>
    internal AppSpecPlace PlaceOf(object item) => Places.TryGetValue(item, out var place) ? place : new AppSpecPlace(string.Empty, null);

    /// <summary>The scripts of one lifecycle event, or an empty list when the AppSpec has none.</summary>
    /// <param name="lifecycleEvent">The event name, such as <c>ApplicationStart</c> (case-sensitive).</param>
    /// <returns>The scripts in order.</returns>
    public IReadOnlyList<HookScript> ScriptsFor(LifecycleEventName lifecycleEvent) =>
        Hooks.FirstOrDefault(h => h.LifecycleEvent == lifecycleEvent)?.Scripts ?? [];
}

/// <summary>A lifecycle event and the scripts the AppSpec runs for it.</summary>
public sealed record AppSpecHook
{
    [SetsRequiredMembers]
    internal AppSpecHook(LifecycleEventName lifecycleEvent, IReadOnlyList<HookScript> scripts)
    {
        LifecycleEvent = lifecycleEvent;
        Scripts = scripts;
    }

    /// <summary>Creates one; the compiler asks for the required members.</summary>
    public AppSpecHook()
    {
    }

    /// <summary>The event name as written.</summary>
    public required LifecycleEventName LifecycleEvent { get; init; }

    /// <summary>The scripts in order.</summary>
    public required IReadOnlyList<HookScript> Scripts { get; init; }
}

/// <summary>One script of a lifecycle event, as the agent reads it (reference §2.4).</summary>
public sealed record HookScript
{
    [SetsRequiredMembers]
    internal HookScript(string location, ScriptTimeout timeout, string? runAs)
    {
        Location = location;
        Timeout = timeout;
        RunAs = runAs;
    }

    /// <summary>Creates one; the compiler asks for the required members.</summary>
    public HookScript()
    {
    }

    /// <summary>The path inside the revision, trimmed.</summary>
    [JsonPropertyName("location")]
    public required string Location { get; init; }

    /// <summary>How long the script may run: 3600 seconds when not given, read as Ruby's to_i reads it.</summary>
    [JsonPropertyName("timeout")]
    public ScriptTimeout Timeout { get; init; }

    /// <summary>The user to run as, trimmed; null when not given.</summary>
    [JsonPropertyName("runas")]
    public string? RunAs { get; init; }
}

/// <summary>A files entry: what to copy from the revision, and where to.</summary>
public sealed record AppSpecFile
{
    [SetsRequiredMembers]
    internal AppSpecFile(string source, string destination)
    {
        Source = source;
        Destination = destination;
    }

    /// <summary>Creates one; the compiler asks for the required members.</summary>
    public AppSpecFile()
    {
    }

    /// <summary>The path in the revision.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    /// <summary>The folder on the instance.</summary>
    [JsonPropertyName("destination")]
    public required string Destination { get; init; }
}

/// <summary>A permissions entry (Linux), as the agent reads it (reference §2.6).</summary>
public sealed record PermissionEntry
{
    /// <summary>The file or folder the entry applies to (trimmed): the AppSpec's <c>object</c> key.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The AppSpec key is named object.")]
    public required string Object { get; init; }

    /// <summary>The pattern of names under the object; <c>**</c> (every path at any depth) when not given.</summary>
    public string Pattern { get; init; } = "**";

    /// <summary>Names under the object to leave alone.</summary>
    public IReadOnlyList<string> Except { get; init; } = [];

    /// <summary><c>file</c>, <c>directory</c>, or both when not given.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["file", "directory"];

    /// <summary>The owner to set, or null.</summary>
    public string? Owner { get; init; }

    /// <summary>The group to set, or null.</summary>
    public string? Group { get; init; }

    /// <summary>The mode as the agent applies it (three or four octal digits), or null.</summary>
    public PermissionMode? Mode { get; init; }

    /// <summary>The ACL entries in canonical form (<c>default:user:bob:rwx</c>).</summary>
    public IReadOnlyList<string> Acls { get; init; } = [];

    /// <summary>The SELinux context to set, or null.</summary>
    public SeLinuxContext? Context { get; init; }
}

/// <summary>An SELinux context of a permissions entry (reference §2.6.3).</summary>
public sealed record SeLinuxContext
{
    [SetsRequiredMembers]
    internal SeLinuxContext(string? name, string type, string? range)
    {
        Name = name;
        Type = type;
        Range = range;
    }

    /// <summary>Creates one; the compiler asks for the required members.</summary>
    public SeLinuxContext()
    {
    }

    /// <summary>The SELinux user (the AppSpec's <c>name</c> key), or null.</summary>
    public string? Name { get; init; }

    /// <summary>The SELinux type, such as <c>httpd_sys_content_t</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The MLS/MCS range, such as <c>s0-s3:c0.c7</c>, or null.</summary>
    public string? Range { get; init; }
}

/// <summary>A member's path (<c>hooks.ApplicationStart[0].location</c>) and where it is written.</summary>
internal sealed record AppSpecPlace(string Path, Lifecycle.Core.Diagnostics.SourceSpan? Span);
