using System.CommandLine;
using System.Globalization;
using Lifecycle.Cli.Output;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Cli.Commands;

/// <summary>
/// <c>lifecycle simulate SCENARIO [--format text|json|mermaid] [--max-events N]</c>: runs a YAML or JSON scenario
/// through the Auto Scaling simulator in virtual time and prints what happened, each event as it happens.
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

        var maxEvents = new Option<int>("--max-events")
        {
            Description = "Stop the run after this many events (SIM111, exit 1); default 1,000,000 (10,000 for mermaid).",
            DefaultValueFactory = _ => SimulationScenario.DefaultMaxEvents,
        };
        maxEvents.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--max-events must be at least 1.");
            }
        });

        var scenario = new Argument<string>("SCENARIO") { Description = "A YAML or JSON scenario file (see docs/simulation.md)." };
        var command = new Command("simulate", "Run an Auto Scaling lifecycle hook scenario in virtual time.") { format, maxEvents, scenario };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetValue(scenario)!,
            parsed.GetValue(format)!,
            parsed.GetValue(maxEvents),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, string format, int maxEvents, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (scenario, exitCode) = await ScenarioFile.ReadAsync(path, format == "json", output, error, cancellationToken).ConfigureAwait(false);
        if (scenario is null)
        {
            return exitCode;
        }

        var writer = new SimulationWriters(output, format);
        var limit = writer.MaxEvents(maxEvents);
        var run = scenario.Run(writer.Write, limit);
        writer.Finish(run);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (run.Truncated)
        {
            var stopped = new Diagnostic(ScenarioDiagnosticCodes.EventLimit, DiagnosticSeverity.Error,
                string.Create(CultureInfo.InvariantCulture, $"The run passed {limit:N0} events and was stopped at t={(long)run.End.TotalSeconds}; what happened until then is printed. A run that never ends by itself (a launching hook whose DefaultResult is ABANDON, unanswered) replaces instances until this bound: set until lower, answer the hooks, or raise --max-events."),
                string.Empty, SourceSpan.At(1, 1));
            await error.WriteLineAsync(TextReportWriter.Format(path, stopped)).ConfigureAwait(false);
            return ExitCodes.Invalid;
        }

        return ExitCodes.Success;
    }
}
