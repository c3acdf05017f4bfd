using System.CommandLine;
using Lifecycle.Cli.Output;
using Lifecycle.Core.AutoScaling.Json;

namespace Lifecycle.Cli.Commands;

/// <summary>
/// <c>lifecycle hook validate [--format text|json] FILE...</c>: checks PutLifecycleHook requests (one JSON
/// object, or an array of them, per file) as AWS would to create each hook.
/// </summary>
internal static class HookValidateCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "How to print the findings: text (one line each, as compilers do) or json (one document).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var files = new Argument<string[]>("FILE")
        {
            Description = "JSON files, each with one PutLifecycleHook request or an array of them.",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("validate", "Check PutLifecycleHook requests in JSON files against the AWS rules.")
        {
            format,
            files,
        };

        command.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetValue(files)!,
            parsed.GetValue(format)!,
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string format, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var reports = new List<FileReport>(paths.Length);
        foreach (var path in paths)
        {
            var (text, problem) = await InputFile.ReadAsync(path, cancellationToken).ConfigureAwait(false);
            reports.Add(text is null
                ? FileReport.Unreadable(path, problem!)
                : new FileReport(path, LifecycleHookJson.ValidatePutLifecycleHookRequests(text)));
        }

        if (format == "json")
        {
            await JsonReportWriter.WriteAsync(reports, output).ConfigureAwait(false);
        }
        else
        {
            await TextReportWriter.WriteAsync(reports, output, error).ConfigureAwait(false);
        }

        return reports.Any(r => !r.Readable) ? ExitCodes.UsageOrUnreadable
            : reports.All(r => r.Valid) ? ExitCodes.Success
            : ExitCodes.Invalid;
    }
}
