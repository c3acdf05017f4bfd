using System.Text.Json.Serialization;

namespace Lifecycle.Core.CodeDeploy.Revisions;

/// <summary>Whether a revision entry is a file or a folder.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RevisionEntryKind>))]
public enum RevisionEntryKind
{
    /// <summary>A file (a symbolic link counts as what it points to).</summary>
    File = 0,

    /// <summary>A folder.</summary>
    Directory = 1,
}

/// <summary>
/// One file or folder of a revision, as the host read it: its path inside the revision and, for the files the checks
/// read (<see cref="RevisionChecker.FilesToRead"/>), their first bytes.
/// </summary>
public sealed record RevisionEntry
{
    /// <summary>The path from the revision's root, with <c>/</c> between names and none in front: <c>scripts/start.sh</c>.</summary>
    public required string Path { get; init; }

    /// <summary>A file or a folder.</summary>
    public required RevisionEntryKind Kind { get; init; }

    /// <summary>The file's size in bytes; 0 for a folder.</summary>
    public long Length { get; init; }

    /// <summary>
    /// The file's first bytes, up to <see cref="RevisionChecker.MaxScriptBytes"/>, for the files the checks read; empty
    /// for others. A script longer than that is checked on its first line only.
    /// </summary>
    public ReadOnlyMemory<byte> Content { get; init; }
}
