using System.CommandLine;
using Lifecycle.Cli.Output;

namespace Lifecycle.Cli.Commands;

/// <summary>
/// <c>lifecycle simulate SCENARIO [--format text|json|mermaid]</c>: runs a YAML or JSON scenario through the Auto
/// Scaling simulator in virtual time and prints what happened.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "text (a readable timeline), json (one JSON object per line) or mermaid (a sequence diagram).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "mermaid");

        var scenario = new Argument<string>("SCENARIO") { Description = "A YAML or JSON scenario file (see docs/simulation.md)." };
        var command = new Command("simulate", "Run an Auto Scaling lifecycle hook scenario in virtual time.") { format, scenario };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetValue(scenario)!,
            parsed.GetValue(format)!,
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, string format, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (scenario, exitCode) = await ScenarioFile.ReadAsync(path, format == "json", output, error, cancellationToken).ConfigureAwait(false);
        if (scenario is null)
        {
            return exitCode;
        }

        var run = scenario.Run();
        await output.WriteAsync(format switch
        {
            "json" => SimulationWriters.Json(run),
            "mermaid" => SimulationWriters.Mermaid(run),
            _ => SimulationWriters.Text(run),
        }).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
