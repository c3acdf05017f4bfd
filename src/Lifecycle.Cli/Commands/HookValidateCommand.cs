using System.CommandLine;
using Lifecycle.Cli.Output;
using Lifecycle.Core.AutoScaling.Templates;

namespace Lifecycle.Cli.Commands;

/// <summary>
/// <c>lifecycle hook validate [--format text|json|sarif] FILE...</c>: checks lifecycle hooks where they are defined
/// (PutLifecycleHook JSON, CloudFormation templates, Terraform plans; told apart by content) as AWS would create each.
/// </summary>
internal static class HookValidateCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "How to print the findings: text (one line each, as compilers do), json (one document) or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");

        var files = new Argument<string[]>("FILE")
        {
            Description = "PutLifecycleHook JSON (one request or an array), CloudFormation templates (YAML or JSON), or Terraform plans (terraform show -json).",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("validate", "Check lifecycle hooks in PutLifecycleHook JSON, CloudFormation templates and Terraform plans against the AWS rules.")
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
                : new FileReport(path, LifecycleHookDefinitions.Validate(text).Diagnostics));
        }

        if (format == "json")
        {
            await JsonReportWriter.WriteAsync(reports, output).ConfigureAwait(false);
        }
        else if (format == "sarif")
        {
            await SarifReportWriter.WriteAsync(reports, output).ConfigureAwait(false);
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
