using System.CommandLine;
using Lifecycle.Cli.Output;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Revisions;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Cli.Commands;

/// <summary>
/// <c>lifecycle appspec validate [--format text|json|sarif] [--os linux|windows] [--platform auto|server|ecs|lambda] [--appspec-only] PATH...</c>:
/// checks AppSpec files as the CodeDeploy agent (or, for ECS and Lambda, the service) will read them, and an
/// EC2/On-Premises AppSpec's revision around it (the folder it is in): its scripts and files sources.
/// </summary>
internal static class AppSpecValidateCommand
{
    /// <summary>The names looked up in a folder, in this order.</summary>
    public static readonly string[] FileNames = ["appspec.yml", "appspec.yaml", "appspec.json"];

    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "How to print the findings: text (one line each), json (one document) or sarif (SARIF 2.1.0, for code scanning).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");

        var os = new Option<string?>("--os") { Description = "The instances' operating system; by default both linux and windows are accepted." };
        os.AcceptOnlyFromAmong("linux", "windows");

        var platform = new Option<string>("--platform")
        {
            Description = "Read the files as this compute platform; auto detects it from the content.",
            DefaultValueFactory = _ => "auto",
        };
        platform.AcceptOnlyFromAmong("auto", "server", "ecs", "lambda");

        var appSpecOnly = new Option<bool>("--appspec-only")
        {
            Description = "Check the AppSpec alone, not the revision around it (its scripts and files sources).",
        };

        var paths = new Argument<string[]>("PATH")
        {
            Description = "AppSpec files, or revision folders in which appspec.yml, appspec.yaml or appspec.json is looked up.",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("validate", "Check AppSpec files: every error the deployment would fail on, and every silent mistake.")
        {
            format,
            os,
            platform,
            appSpecOnly,
            paths,
        };

        command.SetAction((parsed, cancellationToken) =>
        {
            var options = new AppSpecOptions
            {
                HostOs = parsed.GetValue(os) switch
                {
                    "linux" => HostOperatingSystem.Linux,
                    "windows" => HostOperatingSystem.Windows,
                    _ => HostOperatingSystem.Any,
                },
                Platform = parsed.GetValue(platform) switch
                {
                    "server" => ComputePlatform.Server,
                    "ecs" => ComputePlatform.Ecs,
                    "lambda" => ComputePlatform.Lambda,
                    _ => null,
                },
            };
            return RunAsync(parsed.GetValue(paths)!, parsed.GetValue(format)!, options, !parsed.GetValue(appSpecOnly), parsed.InvocationConfiguration, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string format, AppSpecOptions options, bool withRevision, InvocationConfiguration io, CancellationToken cancellationToken)
    {
        var reports = new List<FileReport>(paths.Length);
        foreach (var path in paths)
        {
            var file = Resolve(path);
            var (bytes, problem) = file is null
                ? (null, $"the folder has no {string.Join(", ", FileNames)}")
                : await InputFile.ReadBytesAsync(file, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                reports.Add(FileReport.Unreadable(file ?? path, problem!) with { IsAppSpec = true });
                continue;
            }

            var document = AppSpecReader.Read(bytes, options);
            (IReadOnlyList<Diagnostic> AppSpec, IEnumerable<FileReport> Files)? revision = withRevision && document.Server is { } server ? CheckRevision(file!, server) : null;
            reports.Add(new FileReport(file!, revision is null ? document.Diagnostics : [.. document.Diagnostics, .. revision.Value.AppSpec])
            {
                IsAppSpec = true,
                Platform = document.Platform.ToString().ToLowerInvariant(),
                Server = document.Server,
            });
            reports.AddRange(revision?.Files ?? []);
        }

        switch (format)
        {
            case "json":
                await JsonReportWriter.WriteAsync(reports, io.Output).ConfigureAwait(false);
                break;
            case "sarif":
                await SarifReportWriter.WriteAsync(reports, io.Output).ConfigureAwait(false);
                break;
            default:
                await TextReportWriter.WriteAsync(reports, io.Output, io.Error).ConfigureAwait(false);
                break;
        }

        return reports.Any(r => !r.Readable) ? ExitCodes.UsageOrUnreadable
            : reports.All(r => r.Valid) ? ExitCodes.Success
            : ExitCodes.Invalid;
    }

    // A folder stands for the AppSpec in it (inside its single folder, when the agent would strip that); a file for itself.
    private static string? Resolve(string path)
    {
        if (!Directory.Exists(path))
        {
            return path;
        }

        var names = Directory.EnumerateFileSystemEntries(path).Select(Path.GetFileName).OfType<string>().ToList();
        var root = RevisionLayout.Root(names, n => Directory.Exists(Path.Combine(path, n)),
            n => Directory.EnumerateFileSystemEntries(Path.Combine(path, n)).Select(Path.GetFileName).OfType<string>());
        var folder = root.Length == 0 ? path : Path.Combine(path, root);
        return FileNames.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }

    // The revision is the AppSpec's folder: its findings in the AppSpec, and a report for each other file with findings.
    private static (IReadOnlyList<Diagnostic> AppSpec, IEnumerable<FileReport> Files) CheckRevision(string file, ServerAppSpec server)
    {
        var folder = Path.GetDirectoryName(file) is { Length: > 0 } d ? d : ".";
        var contents = RevisionFolder.List(folder, RevisionChecker.FilesToRead(server));
        if (contents is null)
        {
            return ([CliDiagnosticCodes.RevisionTooLarge(folder)], []);
        }

        var report = RevisionChecker.Check(server, Path.GetFileName(file), contents);
        return (report.AppSpec, report.Files.Select(f => new FileReport(Path.Combine(folder, f.Path), f.Diagnostics)));
    }
}
