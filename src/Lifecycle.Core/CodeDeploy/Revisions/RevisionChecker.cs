using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.CodeDeploy.Revisions;

/// <summary>
/// Checks an EC2/On-Premises AppSpec against the revision around it, as the agent will meet it (reference §1.1,
/// §4.2, §4.3, §4.6, §5): every script a hook names is in the revision and starts on the AppSpec's os, no script
/// leaves a background command holding the agent's pipes, every files source is there and the install plan they make
/// is one the agent accepts, and the AppSpec is the one the agent reads. Nothing is executed, and no disk is read: the host lists the revision
/// (<see cref="RevisionContents"/>) and reads the first bytes of <see cref="FilesToRead"/>.
/// </summary>
public static class RevisionChecker
{
    /// <summary>How much of a script the checks read (1 MiB); a longer script is checked on its first line only.</summary>
    public const int MaxScriptBytes = 1024 * 1024;

    private static readonly LifecycleEventName[] FromLastRevision =
        [LifecycleEventName.ApplicationStop, LifecycleEventName.BeforeBlockTraffic, LifecycleEventName.AfterBlockTraffic];

    /// <summary>The revision paths whose first <see cref="MaxScriptBytes"/> bytes the checks read: every script a hook names.</summary>
    public static IReadOnlyList<string> FilesToRead(ServerAppSpec appSpec)
    {
        ArgumentNullException.ThrowIfNull(appSpec);
        return [.. appSpec.Hooks.SelectMany(h => h.Scripts).Select(s => RevisionPath.Resolve(s.Location, appSpec.Os == "windows"))
            .OfType<string>().Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Checks <paramref name="appSpec"/>, read from <paramref name="appSpecPath"/>, against its revision.</summary>
    /// <param name="appSpec">The AppSpec as the agent reads it (<see cref="AppSpecDocument.Server"/>).</param>
    /// <param name="appSpecPath">Where the AppSpec is in the revision, such as <c>appspec.yml</c>.</param>
    /// <param name="revision">What the revision holds.</param>
    public static RevisionReport Check(ServerAppSpec appSpec, string appSpecPath, RevisionContents revision)
    {
        ArgumentNullException.ThrowIfNull(appSpec);
        ArgumentNullException.ThrowIfNull(appSpecPath);
        ArgumentNullException.ThrowIfNull(revision);
        var inAppSpec = new List<Diagnostic>();
        var files = new SortedDictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        CheckScripts(appSpec, revision, inAppSpec, files);
        CheckSources(appSpec, revision, inAppSpec);
        inAppSpec.AddRange(InstallPlan.Check(appSpec, revision));
        CheckAppSpecName(appSpecPath, revision, inAppSpec, files);
        return new RevisionReport(
            [.. inAppSpec.OrderBy(d => d.Span?.Line ?? 0).ThenBy(d => d.Span?.Column ?? 0)],
            [.. files.Where(f => f.Value.Count > 0).Select(f => new RevisionFileReport(f.Key, [.. f.Value.OrderBy(d => d.Span?.Line ?? 0)]))]);
    }

    private static void CheckScripts(ServerAppSpec appSpec, RevisionContents revision, List<Diagnostic> inAppSpec, SortedDictionary<string, List<Diagnostic>> files)
    {
        var windows = appSpec.Os == "windows";
        foreach (var hook in appSpec.Hooks)
        {
            if (Array.IndexOf(FromLastRevision, hook.LifecycleEvent) >= 0 && hook.Scripts.Count > 0)
            {
                var place = appSpec.PlaceOf(hook.Scripts[0]);
                inAppSpec.Add(new Diagnostic(AppSpecDiagnosticCodes.ScriptsFromLastRevision, DiagnosticSeverity.Info,
                    $"{hook.LifecycleEvent}'s scripts run from the last revision that installed successfully on the instance, not from this one: a change to them here takes effect from the deployment after this one, and on an instance's first deployment they do not run at all.",
                    place.Path, place.Span));
            }

            foreach (var script in hook.Scripts)
            {
                var place = appSpec.PlaceOf(script);
                var path = RevisionPath.Resolve(script.Location, windows);
                var entry = path is { Length: > 0 } ? revision.Find(path) : null;
                if (path is null)
                {
                    inAppSpec.Add(new Diagnostic(AppSpecDiagnosticCodes.ScriptOutsideRevision, DiagnosticSeverity.Error,
                        $"{script.Location} climbs out of the revision with \"..\", so {hook.LifecycleEvent} runs whatever the instance holds there, or fails with \"Script does not exist at specified location\". Move the script into the revision and point at it from the revision's root.",
                        place.Path, place.Span));
                }
                else if (entry is null)
                {
                    var hint = Suggest(path, revision) is { } near ? $" Did you mean {near}?" : " Add the file to the revision, or correct the location.";
                    inAppSpec.Add(new Diagnostic(AppSpecDiagnosticCodes.ScriptMissing, DiagnosticSeverity.Error,
                        $"{script.Location} is not in the revision, so the agent fails {hook.LifecycleEvent} with \"Script does not exist at specified location: .../deployment-archive/{path}\".{hint}",
                        place.Path, place.Span));
                }
                else if (entry.Kind == RevisionEntryKind.Directory)
                {
                    inAppSpec.Add(new Diagnostic(AppSpecDiagnosticCodes.ScriptIsFolder, DiagnosticSeverity.Error,
                        $"{script.Location} is a folder of the revision, not a file, so {hook.LifecycleEvent} fails: the agent cannot run a folder. Point location at the script inside it.",
                        place.Path, place.Span));
                }
                else if (!files.ContainsKey(entry.Path))
                {
                    files[entry.Path] = ScriptChecks.Check(script.Location, entry, appSpec.Os, script.Timeout);
                }
            }
        }
    }

    private static void CheckSources(ServerAppSpec appSpec, RevisionContents revision, List<Diagnostic> inAppSpec)
    {
        foreach (var file in appSpec.Files)
        {
            var path = RevisionPath.Resolve(file.Source, appSpec.Os == "windows");
            if (path is null || (path.Length > 0 && revision.Find(path) is null))
            {
                var place = appSpec.PlaceOf(file);
                var hint = path is not null && Suggest(path, revision) is { } near ? $" Did you mean {near}?" : " Add it to the revision, or correct the source.";
                inAppSpec.Add(new Diagnostic(AppSpecDiagnosticCodes.SourceMissing, DiagnosticSeverity.Error,
                    $"The source {file.Source} is not in the revision, so the Install event fails (\"No such file or directory\") before any later hook runs.{hint}",
                    place.Path, place.Span));
            }
        }
    }

    // Another AppSpec in the revision's root that the agent will not read, because the one it prefers is there.
    private static void CheckAppSpecName(string appSpecPath, RevisionContents revision, List<Diagnostic> inAppSpec, SortedDictionary<string, List<Diagnostic>> files)
    {
        var rootNames = revision.Entries.Where(e => e.Kind == RevisionEntryKind.File && !e.Path.Contains('/')).Select(e => e.Path).ToList();
        var read = RevisionLayout.AppSpecName(rootNames);
        foreach (var name in rootNames.Where(n => n != read && (RevisionLayout.AppSpecNames.Contains(n) || n == "appspec.json")))
        {
            var why = read is null
                ? $"the agent reads only {string.Join(" or ", RevisionLayout.AppSpecNames)} on EC2 and on-premises instances"
                : $"the agent reads {read} and ignores this file";
            var diagnostic = new Diagnostic(AppSpecDiagnosticCodes.AppSpecNotRead, DiagnosticSeverity.Warning,
                $"{name} is in the revision, but {why}. Keep one AppSpec file, named {read ?? RevisionLayout.AppSpecNames[0]}.", string.Empty, SourceSpan.At(1, 1));
            if (name == appSpecPath)
            {
                inAppSpec.Add(diagnostic);
            }
            else
            {
                files[name] = [diagnostic];
            }
        }
    }

    // A file of the revision that differs only in case, or has the same name in another folder.
    private static string? Suggest(string path, RevisionContents revision)
    {
        var name = RevisionPath.FileName(path);
        var files = revision.Entries.Where(e => e.Kind == RevisionEntryKind.File).Select(e => e.Path).ToList();
        return files.FirstOrDefault(f => string.Equals(f, path, StringComparison.OrdinalIgnoreCase))
            ?? files.Where(f => RevisionPath.FileName(f) == name).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? NearMiss.Suggest(path, files);
    }
}
