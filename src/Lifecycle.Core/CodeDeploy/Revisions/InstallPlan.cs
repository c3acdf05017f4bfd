using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.CodeDeploy.Revisions;

/// <summary>
/// The agent's install plan (reference §5), as far as the revision decides it: each files entry in order, a folder
/// source made at its destination with every file and folder under it, a file source copied into its destination.
/// The agent refuses a plan that copies two files to one path, copies a file where it makes a folder, or makes a
/// folder where it copies a file; each is reported at the files entry that causes it, with the agent's message. The
/// folders the agent adds above a destination depend on the instance's disk and are not planned here.
/// </summary>
internal static class InstallPlan
{
    public static IEnumerable<Diagnostic> Check(ServerAppSpec appSpec, RevisionContents revision)
    {
        var copies = new Dictionary<string, string>(StringComparer.Ordinal);
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in appSpec.Files)
        {
            var source = RevisionPath.Resolve(file.Source, appSpec.Os == "windows");
            if (source is null)
            {
                continue;
            }

            var destination = Normalize(file.Destination);
            var entry = source.Length == 0 ? null : revision.Find(source);
            var place = appSpec.PlaceOf(file);
            if (source.Length == 0 || entry?.Kind == RevisionEntryKind.Directory)
            {
                if (Plan(folders, copies, destination, file.Source, isFolder: true, place) is { } refused)
                {
                    yield return refused;
                    continue;
                }

                foreach (var under in revision.Under(source))
                {
                    var target = destination + "/" + (source.Length == 0 ? under.Path : under.Path[(source.Length + 1)..]);
                    if (Plan(folders, copies, target, under.Path, under.Kind == RevisionEntryKind.Directory, place) is { } conflict)
                    {
                        yield return conflict;
                        break;
                    }
                }
            }
            else if (entry is not null && Plan(folders, copies, destination + "/" + RevisionPath.FileName(source), source, isFolder: false, place) is { } conflict)
            {
                yield return conflict;
            }
        }
    }

    // Adds one step to the plan, or says why the agent refuses it.
    private static Diagnostic? Plan(Dictionary<string, string> folders, Dictionary<string, string> copies, string target, string source, bool isFolder, AppSpecPlace place)
    {
        if (isFolder)
        {
            if (copies.TryGetValue(target, out var copied))
            {
                return new Diagnostic(AppSpecDiagnosticCodes.InstallMakesFolderOnFile, DiagnosticSeverity.Error,
                    $"{source} is a folder that Install makes at {target}, where it has already copied the file {copied}, so Install fails: \"The deployment failed because the application specification file includes an mkdir command more than once for the same destination path ({target}) from ({source}).\" Give one of them another destination.",
                    place.Path, place.Span);
            }

            folders.TryAdd(target, source);
            return null;
        }

        if (copies.TryGetValue(target, out var other))
        {
            return new Diagnostic(AppSpecDiagnosticCodes.InstallCopiesTwice, DiagnosticSeverity.Error,
                $"{(source == other ? $"{source} is copied twice" : $"{source} and {other} are both copied")} to {target} (by two files entries), so Install fails: \"The deployment failed because the application specification file specifies two source files named {source} and {other} for the same destination ({target}).\" Remove one of them, or give it another destination.",
                place.Path, place.Span);
        }

        if (folders.TryGetValue(target, out var folder))
        {
            return new Diagnostic(AppSpecDiagnosticCodes.InstallCopiesOntoFolder, DiagnosticSeverity.Error,
                $"The file {source} is copied to {target}, where Install makes the folder {folder}, so Install fails: \"The deployment failed because the application specification file calls for installing the file {source}, but a file with that name already exists at the location ({target}).\" Give one of them another destination.",
                place.Path, place.Span);
        }

        copies[target] = source;
        return null;
    }

    // As File.expand_path writes a destination: no repeated or trailing '/', no '.' segments.
    private static string Normalize(string destination)
    {
        var windows = destination.Length > 1 && destination[1] == ':';
        var parts = destination.Split(windows ? ['/', '\\'] : ['/'], StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".");
        return windows ? string.Join('/', parts) : "/" + string.Join('/', parts);
    }
}
