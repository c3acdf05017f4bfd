using Lifecycle.Cli.Output;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Cli;

/// <summary>Reads a scenario file for <c>simulate</c> and <c>serve --scenario</c>, reporting an unreadable or invalid file as the other commands do.</summary>
internal static class ScenarioFile
{
    /// <summary>The scenario, or null with the exit code after its findings were written.</summary>
    public static async Task<(SimulationScenario? Scenario, int ExitCode)> ReadAsync(string path, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (text, problem) = await InputFile.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            await TextReportWriter.WriteAsync([FileReport.Unreadable(path, problem!)], output, error).ConfigureAwait(false);
            return (null, ExitCodes.UsageOrUnreadable);
        }

        var read = SimulationScenarioReader.Read(text);
        if (!read.Succeeded)
        {
            var report = new FileReport(path, read.Diagnostics);
            await (json ? JsonReportWriter.WriteAsync([report], output) : TextReportWriter.WriteAsync([report], output, error)).ConfigureAwait(false);
            return (null, ExitCodes.Invalid);
        }

        return (read.Value, ExitCodes.Success);
    }
}
