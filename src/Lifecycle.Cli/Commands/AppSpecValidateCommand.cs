using System.CommandLine;
using Lifecycle.Cli.Output;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Cli.Commands;

/// <summary>
/// <c>lifecycle appspec validate [--format text|json|sarif] [--os linux|windows] [--platform auto|server|ecs|lambda] PATH...</c>:
/// checks AppSpec files as the CodeDeploy agent (or, for ECS and Lambda, the service) will read them.
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

        var paths = new Argument<string[]>("PATH")
        {
            Description = "AppSpec files, or folders in which appspec.yml, appspec.yaml or appspec.json is looked up.",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("validate", "Check AppSpec files: every error the deployment would fail on, and every silent mistake.")
        {
            format,
            os,
            platform,
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
            return RunAsync(parsed.GetValue(paths)!, parsed.GetValue(format)!, options, parsed.InvocationConfiguration, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string format, AppSpecOptions options, InvocationConfiguration io, CancellationToken cancellationToken)
    {
        var reports = new List<FileReport>(paths.Length);
        foreach (var path in paths)
        {
            var file = Resolve(path);
            var (text, problem) = file is null
                ? (null, $"the folder has no {string.Join(", ", FileNames)}")
                : await InputFile.ReadAsync(file, cancellationToken).ConfigureAwait(false);
            if (text is null)
            {
                reports.Add(FileReport.Unreadable(file ?? path, problem!) with { IsAppSpec = true });
                continue;
            }

            var document = AppSpecReader.Read(text, options);
            reports.Add(new FileReport(file!, document.Diagnostics)
            {
                IsAppSpec = true,
                Platform = document.Platform.ToString().ToLowerInvariant(),
                Server = document.Server,
            });
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

    // A folder stands for the AppSpec in it; a file for itself.
    private static string? Resolve(string path) =>
        Directory.Exists(path)
            ? FileNames.Select(name => Path.Combine(path, name)).FirstOrDefault(File.Exists)
            : path;
}
