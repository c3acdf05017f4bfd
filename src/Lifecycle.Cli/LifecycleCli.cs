using System.CommandLine;
using Lifecycle.Cli.Commands;

namespace Lifecycle.Cli;

/// <summary>The <c>lifecycle</c> command line: builds the commands and runs one.</summary>
internal static class LifecycleCli
{
    /// <summary>Runs the tool with the given arguments, writing to the given streams.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Lifecycle hooks for AWS: check CodeDeploy AppSpec files and Auto Scaling lifecycle hook requests before they reach AWS, plan and run deployments locally, simulate hooks in virtual time.")
        {
            new Command("hook", "Amazon EC2 Auto Scaling lifecycle hooks.")
            {
                HookValidateCommand.Create(),
            },
            new Command("appspec", "AWS CodeDeploy AppSpec files.")
            {
                AppSpecValidateCommand.Create(),
                AppSpecPlanCommand.Create(),
            },
            DeployCommand.Create(),
            SimulateCommand.Create(),
            StatesCommand.Create(),
            SchemaCommand.Create(),
            ServeCommand.Create(),
        };

        // The usage lines name the tool as people type it, whatever the executable or test host is called.
        root.HelpName = "lifecycle";

        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"lifecycle: {parseError.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'lifecycle --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageOrUnreadable;
        }

        return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
