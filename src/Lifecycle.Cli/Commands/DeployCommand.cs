using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lifecycle.Cli.Output;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Executors.Process;

namespace Lifecycle.Cli.Commands;

/// <summary>
/// <c>lifecycle deploy REVISION_DIR --root DIR [--deployment-id ID] [--application-name NAME] [--deployment-group-name NAME]
/// [--deployment-group-id ID] [--last-successful DIR] [--ignore-application-stop-failures] [--format text|json]</c>:
/// a local in-place deployment of a revision folder, as the agent runs one.
/// </summary>
internal static class DeployCommand
{
    public static Command Create()
    {
        var revision = new Argument<string>("REVISION_DIR") { Description = "The revision folder, with appspec.yml at its root." };
        var root = new Option<string?>("--root") { Description = "Install every destination under this folder (a sandbox); --root / installs to the AppSpec's real destinations. Required." };
        var deploymentId = new Option<string?>("--deployment-id") { Description = "DEPLOYMENT_ID; by default d-XXXXXXXXX-local." };
        var application = new Option<string>("--application-name") { Description = "APPLICATION_NAME.", DefaultValueFactory = _ => "LocalApplication" };
        var groupName = new Option<string>("--deployment-group-name") { Description = "DEPLOYMENT_GROUP_NAME.", DefaultValueFactory = _ => "LocalFleet" };
        var groupId = new Option<string>("--deployment-group-id") { Description = "DEPLOYMENT_GROUP_ID; also keys what the next deployment cleans up.", DefaultValueFactory = _ => "default-local-deployment-group" };
        var lastSuccessful = new Option<string?>("--last-successful") { Description = "The last successful revision's folder: ApplicationStop runs its scripts." };
        var ignoreStop = new Option<bool>("--ignore-application-stop-failures") { Description = "Go on when ApplicationStop, BeforeBlockTraffic or AfterBlockTraffic fails." };
        var format = new Option<string>("--format") { Description = "text (progress as it goes) or json (one document at the end).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("deploy", "Deploy a revision folder locally, in place: validate it, then run every lifecycle event in order.")
        {
            revision, root, deploymentId, application, groupName, groupId, lastSuccessful, ignoreStop, format,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            new Request(
                parsed.GetValue(revision)!,
                parsed.GetValue(root),
                parsed.GetValue(lastSuccessful),
                new DeploymentContext
                {
                    DeploymentId = parsed.GetValue(deploymentId) ?? NewDeploymentId(),
                    ApplicationName = parsed.GetValue(application)!,
                    DeploymentGroupName = parsed.GetValue(groupName)!,
                    DeploymentGroupId = parsed.GetValue(groupId)!,
                },
                parsed.GetValue(ignoreStop),
                parsed.GetValue(format) == "json"),
            parsed.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private sealed record Request(string Revision, string? Root, string? LastSuccessful, DeploymentContext Context, bool IgnoreStopFailures, bool Json);

    private static async Task<int> RunAsync(Request request, InvocationConfiguration io, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Root))
        {
            await io.Error.WriteLineAsync("lifecycle: deploy needs --root DIR: the folder every destination is installed under (a sandbox). "
                + "Give --root / to install to the AppSpec's real destinations, as the CodeDeploy agent does.").ConfigureAwait(false);
            return ExitCodes.UsageOrUnreadable;
        }

        var current = await LoadAsync(request.Revision, io, cancellationToken).ConfigureAwait(false);
        if (current.Exit is { } exit)
        {
            return exit;
        }

        ServerAppSpec? previous = null;
        if (request.LastSuccessful is { } last)
        {
            var loaded = await LoadAsync(last, io, cancellationToken).ConfigureAwait(false);
            if (loaded.Exit is { } lastExit)
            {
                return lastExit;
            }

            previous = loaded.Spec;
        }

        var options = new ProcessDeploymentOptions
        {
            RevisionRoot = request.Revision,
            AppSpec = current.Spec!,
            DestinationRoot = request.Root,
            LastSuccessfulRevisionRoot = request.LastSuccessful,
            DeploymentGroupId = request.Context.DeploymentGroupId,
        };
        // The agent keeps <root>/<group id>/<deployment id>/logs/scripts.log ([agent] hook logs).
        var logs = Path.Combine(Path.GetDirectoryName(ProcessDeployment.StateDirectory(options))!, request.Context.DeploymentGroupId, request.Context.DeploymentId, "logs");
        Directory.CreateDirectory(logs);
        var engine = ProcessDeployment.CreateEngine(options with { ScriptLogPath = Path.Combine(logs, "scripts.log") });
        var plan = DeploymentPlanner.Plan(current.Document!, new DeploymentScenario(), previous).Value;
        var progress = request.Json ? null : new TextProgress(io.Output);
        if (!request.Json)
        {
            await io.Output.WriteLineAsync($"Deploying {request.Revision} as {request.Context.DeploymentId} under {request.Root}").ConfigureAwait(false);
        }

        var result = await engine.RunAsync(plan, request.Context, new DeploymentRunOptions { IgnoreApplicationStopFailures = request.IgnoreStopFailures }, progress, cancellationToken).ConfigureAwait(false);
        await io.Output.WriteLineAsync(request.Json ? Json(result) : $"Deployment {result.DeploymentId}: {result.Status} (script log: {Path.Combine(logs, "scripts.log")})").ConfigureAwait(false);
        return result.Status == DeploymentStatus.Succeeded ? ExitCodes.Success : ExitCodes.Invalid;
    }

    private sealed record Loaded(AppSpecDocument? Document, ServerAppSpec? Spec, int? Exit);

    private static async Task<Loaded> LoadAsync(string folder, InvocationConfiguration io, CancellationToken cancellationToken)
    {
        var file = Directory.Exists(folder) ? AppSpecValidateCommand.FileNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists) : null;
        var (bytes, problem) = file is null
            ? (null, Directory.Exists(folder) ? "the folder has no appspec.yml" : "no such folder")
            : await InputFile.ReadBytesAsync(file, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            await io.Error.WriteLineAsync(TextReportWriter.Format(file ?? folder, FileReport.Unreadable(file ?? folder, problem!).Diagnostics[0])).ConfigureAwait(false);
            return new Loaded(null, null, ExitCodes.UsageOrUnreadable);
        }

        var document = AppSpecReader.Read(bytes, new AppSpecOptions { Platform = ComputePlatform.Server });
        foreach (var diagnostic in document.Diagnostics)
        {
            await io.Error.WriteLineAsync(TextReportWriter.Format(file!, diagnostic)).ConfigureAwait(false);
        }

        return document.Server is null ? new Loaded(document, null, ExitCodes.Invalid) : new Loaded(document, document.Server, null);
    }

    private static string Json(DeploymentResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("deploymentId", result.DeploymentId);
            writer.WriteString("status", result.Status.ToString());
            writer.WriteStartArray("events");
            foreach (var e in result.Events)
            {
                writer.WriteStartObject();
                writer.WriteString("name", e.Name.Value);
                writer.WriteString("status", e.Status.ToString());
                writer.WriteStartArray("scripts");
                foreach (var s in e.Scripts)
                {
                    writer.WriteStartObject();
                    writer.WriteString("location", s.Script.Location);
                    if (s.Outcome.ExitCode is { } code)
                    {
                        writer.WriteNumber("exitCode", code);
                    }
                    else
                    {
                        writer.WriteNull("exitCode");
                    }

                    writer.WriteString("status", s.Outcome.Succeeded ? "Succeeded" : "Failed");
                    if (!s.Outcome.Succeeded)
                    {
                        writer.WriteString("errorCode", s.Outcome.Failure.ToString());
                        writer.WriteString("message", s.Outcome.Message);
                    }

                    writer.WriteNumber("durationMs", (long)s.Duration.TotalMilliseconds);
                    writer.WriteString("outputTail", s.Outcome.OutputTail);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // The agent's local tool names deployments d-<9 letters or digits>-local.
    private static string NewDeploymentId()
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        return "d-" + string.Concat(Enumerable.Range(0, 9).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)])) + "-local";
    }

    // Prints each event as it ends, and each script's failure with its output tail.
    private sealed class TextProgress(TextWriter output) : IProgress<DeploymentEvent>
    {
        public void Report(DeploymentEvent value)
        {
            switch (value)
            {
                case ScriptCompleted { Script: var s }:
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"    {s.Script.Location}: {(s.Outcome.Succeeded ? "ok" : s.Outcome.Message)} ({(long)s.Duration.TotalMilliseconds} ms)"));
                    foreach (var line in s.Outcome.OutputTail.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(s.Outcome.Succeeded ? 3 : 20))
                    {
                        output.WriteLine($"      {line}");
                    }

                    break;
                case LifecycleEventCompleted completed:
                    output.WriteLine($"  {completed.LifecycleEvent,-20} {completed.Status}");
                    break;
            }
        }
    }
}
