using Lifecycle.Core.CodeDeploy.Revisions;

namespace Lifecycle.Cli;

/// <summary>
/// Lists a revision folder for the core's <see cref="RevisionChecker"/>: every file and folder under it (a symbolic
/// link counts as what it points to, and is not followed into), and the first bytes of the files the checks read.
/// <c>.git</c> is left out: it is never part of what a hook runs. Past <see cref="MaxEntries"/> the listing stops.
/// </summary>
internal static class RevisionFolder
{
    /// <summary>The most entries listed; a revision with more is not checked (a finding says so).</summary>
    public const int MaxEntries = 200_000;

    /// <summary>The revision's entries, or null when it has more than <see cref="MaxEntries"/>.</summary>
    public static RevisionContents? List(string root, IReadOnlyList<string> filesToRead)
    {
        var entries = new List<RevisionEntry>();
        var pending = new Stack<(string Folder, string Prefix)>();
        pending.Push((root, string.Empty));
        var read = filesToRead.ToHashSet(StringComparer.Ordinal);
        while (pending.TryPop(out var at))
        {
            foreach (var info in Children(at.Folder))
            {
                if (entries.Count == MaxEntries)
                {
                    return null;
                }

                var path = at.Prefix + info.Name;
                if (info.Name == ".git" && at.Prefix.Length == 0)
                {
                    continue;
                }

                var isFolder = (info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true)) is DirectoryInfo;
                if (isFolder)
                {
                    entries.Add(new RevisionEntry { Path = path, Kind = RevisionEntryKind.Directory });
                    if (info.LinkTarget is null)
                    {
                        pending.Push((info.FullName, path + "/"));
                    }

                    continue;
                }

                entries.Add(read.Contains(path) ? Read(path, info.FullName) : new RevisionEntry { Path = path, Kind = RevisionEntryKind.File });
            }
        }

        return RevisionContents.Create(entries);
    }

    private static List<FileSystemInfo> Children(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 }).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    // The first bytes of a script, or none when the system refuses to read it (then only its presence is checked).
    private static RevisionEntry Read(string path, string fullName)
    {
        try
        {
            using var stream = new FileStream(fullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[(int)Math.Min(stream.Length, RevisionChecker.MaxScriptBytes)];
            stream.ReadExactly(buffer);
            return new RevisionEntry { Path = path, Kind = RevisionEntryKind.File, Length = stream.Length, Content = buffer };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new RevisionEntry { Path = path, Kind = RevisionEntryKind.File };
        }
    }
}
