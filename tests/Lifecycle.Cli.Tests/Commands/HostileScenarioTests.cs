using System.Diagnostics;
using System.Text;

namespace Lifecycle.Cli.Tests.Commands;

/// <summary>
/// Scenarios made to exhaust <c>simulate</c> (issue 13, section 3), each run as its own process under a 1 GiB GC
/// heap limit (DOTNET_GCHeapHardLimit), so that a run that holds what it wrote fails with out-of-memory instead of
/// passing. Each must end with its findings or its events and exit 0 or 1. The deadline guards against a hang; it is
/// not a timing assertion.
/// </summary>
public class HostileScenarioTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    [Theory]
    [InlineData(20, 1000, "text")]
    [InlineData(50, 300, "json")]
    public async Task ManyUnansweredHooks_OnManyInstances_RunToTheEnd_InBoundedMemory(int hooks, int launch, string format)
    {
        using var folder = new TempFolder();
        var file = folder.Write("many.yaml", Scenario(hooks, "CONTINUE", $"  - at: 0\n    launch: {launch}\n"));

        var run = await RunAsync(file, format);

        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Lines > (long)hooks * launch * 2, $"only {run.Lines} lines");
        Assert.Contains(format == "json" ? "\"type\":\"summary\"" : " end: ", run.LastLine, StringComparison.Ordinal);
        Assert.Contains("InService", run.LastLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAbandoningHookThatNothingAnswers_StopsAtTheEventBound_WithSIM111()
    {
        using var folder = new TempFolder();
        var file = folder.Write("forever.yaml", Scenario(1, "ABANDON", "  - at: 0\n    launch: 1000\n"));

        var run = await RunAsync(file, "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(1_000_001, run.Lines); // the events up to the bound, then the summary
        Assert.Contains("\"truncated\":true", run.LastLine, StringComparison.Ordinal);
        Assert.Contains("error SIM111", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwentyStepsOfAHundredThousandInstances_AreRefusedBeforeTheRun_WithSIM110()
    {
        using var folder = new TempFolder();
        var steps = new StringBuilder();
        for (var i = 0; i < 20; i++)
        {
            steps.Append("  - at: ").Append(i).Append("\n    launch: 100000\n");
        }

        var file = folder.Write("huge.yaml", Scenario(1, "CONTINUE", steps.ToString()));

        var run = await RunAsync(file, "text");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SIM110: The steps up to this one launch 100,000 instances", run.Error + run.LastLine, StringComparison.Ordinal);
    }

    private static string Scenario(int hooks, string defaultResult, string steps)
    {
        var text = new StringBuilder("group: web\nseed: 1\nhooks:\n");
        for (var i = 0; i < hooks; i++)
        {
            text.Append("  - LifecycleHookName: h").Append(i)
                .Append("\n    LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING\n    HeartbeatTimeout: 30\n    DefaultResult: ")
                .Append(defaultResult).Append('\n');
        }

        return text.Append("steps:\n").Append(steps).ToString();
    }

    private sealed record Outcome(int ExitCode, long Lines, string LastLine, string Error);

    // The tool as a process with a 1 GiB heap; its output is counted as it comes, not kept.
    private static async Task<Outcome> RunAsync(string scenario, string format)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lifecycle.dll"));
        foreach (var a in new[] { "simulate", scenario, "--format", format })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = "0x40000000";
        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(Deadline);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        long lines = 0;
        var last = string.Empty;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
            {
                lines++;
                last = line;
            }

            await process.WaitForExitAsync(cancel.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return new Outcome(process.ExitCode, lines, last, await error);
    }
}
