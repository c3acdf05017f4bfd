using System.CommandLine;
using Lifecycle.Cli.Output;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Cli.Commands;

/// <summary>
/// <c>lifecycle appspec plan FILE [--deployment in-place|blue-green] [--load-balancer] [--instances original|replacement]
/// [--rollback] [--test-listener] [--format text|json|mermaid]</c>: the lifecycle events of a deployment, in order,
/// with what each runs.
/// </summary>
internal static class AppSpecPlanCommand
{
    public static Command Create()
    {
        var deployment = new Option<string>("--deployment") { Description = "The deployment type.", DefaultValueFactory = _ => "in-place" };
        deployment.AcceptOnlyFromAmong("in-place", "blue-green");
        var loadBalancer = new Option<bool>("--load-balancer") { Description = "The deployment group has a load balancer (in-place: the traffic events run)." };
        var instances = new Option<string>("--instances") { Description = "Blue/green: which instances.", DefaultValueFactory = _ => "replacement" };
        instances.AcceptOnlyFromAmong("original", "replacement");
        var rollback = new Option<bool>("--rollback") { Description = "Plan the rollback deployment." };
        var testListener = new Option<bool>("--test-listener") { Description = "ECS: the deployment group has a test listener." };
        var format = new Option<string>("--format") { Description = "text, json or mermaid (a flowchart for Markdown).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "mermaid");
        var path = new Argument<string>("FILE") { Description = "An AppSpec file, or a folder with appspec.yml, appspec.yaml or appspec.json." };

        var command = new Command("plan", "Show the lifecycle events of a deployment in order, with the scripts or function each runs.")
        {
            deployment, loadBalancer, instances, rollback, testListener, format, path,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var scenario = new DeploymentScenario
            {
                DeploymentType = parsed.GetValue(deployment) == "blue-green" ? DeploymentType.BlueGreen : DeploymentType.InPlace,
                LoadBalancer = parsed.GetValue(loadBalancer),
                Instances = parsed.GetValue(instances) == "original" ? InstanceGroup.Original : InstanceGroup.Replacement,
                Rollback = parsed.GetValue(rollback),
                TestListener = parsed.GetValue(testListener),
            };
            return await RunAsync(parsed.GetValue(path)!, scenario, parsed.GetValue(format)!, parsed.InvocationConfiguration, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(string path, DeploymentScenario scenario, string format, InvocationConfiguration io, CancellationToken cancellationToken)
    {
        var file = Directory.Exists(path) ? AppSpecValidateCommand.FileNames.Select(n => Path.Combine(path, n)).FirstOrDefault(File.Exists) : path;
        var (bytes, problem) = file is null ? (null, "the folder has no AppSpec") : await InputFile.ReadBytesAsync(file, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            await io.Error.WriteLineAsync(TextReportWriter.Format(file ?? path, FileReport.Unreadable(file ?? path, problem!).Diagnostics[0])).ConfigureAwait(false);
            return ExitCodes.UsageOrUnreadable;
        }

        var document = AppSpecReader.Read(bytes);

        // The events that take their scripts from an earlier revision show this file's, as they run once it is that revision.
        var plan = DeploymentPlanner.Plan(document, scenario, lastSuccessful: document.Server);
        if (!plan.Succeeded)
        {
            foreach (var diagnostic in document.Diagnostics)
            {
                await io.Error.WriteLineAsync(TextReportWriter.Format(file!, diagnostic)).ConfigureAwait(false);
            }

            return ExitCodes.Invalid;
        }

        await io.Output.WriteAsync(format switch
        {
            "json" => PlanWriters.Json(plan.Value) + "\n",
            "mermaid" => PlanWriters.Mermaid(plan.Value),
            _ => PlanWriters.Text(plan.Value),
        }).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
