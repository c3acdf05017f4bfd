using System.Text.Json;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Cli.Tests.Commands;

public class SimulateCommandTests
{
    private static string Sample(string name) => Path.Combine(SharedFolder.RepositoryRoot, "samples", "simulation", name);

    [Fact]
    public async Task Json_PrintsOneObjectPerLine_InTimeOrder_WithTheContractFields()
    {
        var run = await CliRun.RunAsync("simulate", Sample("scale-in.yaml"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var events = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var times = events.SkipLast(1).Select(e => e.GetProperty("t").GetInt64()).ToList();
        Assert.Equal(times.Order(), times);

        Assert.Contains(events, e => e.GetProperty("type").GetString() == "state" && e.GetProperty("t").GetInt64() == 60
            && e.GetProperty("instance").GetString() == "i-00000000000000001" && e.GetProperty("state").GetString() == "Terminating:Wait");
        var started = events.First(e => e.GetProperty("type").GetString() == "action" && e.GetProperty("event").GetString() == "started");
        Assert.Equal((60L, "drain", 360L, 30060L, 36),
            (started.GetProperty("t").GetInt64(), started.GetProperty("hook").GetString(), started.GetProperty("heartbeatDeadline").GetInt64(),
             started.GetProperty("globalDeadline").GetInt64(), started.GetProperty("token").GetString()!.Length));
        var completed = events.Single(e => e.GetProperty("type").GetString() == "action" && e.GetProperty("event").GetString() == "completed");
        Assert.Equal((200L, "CONTINUE"), (completed.GetProperty("t").GetInt64(), completed.GetProperty("result").GetString()));
        var timedOut = events.Single(e => e.GetProperty("type").GetString() == "action" && e.GetProperty("event").GetString() == "timed-out");
        Assert.Equal((600L, "CONTINUE", "i-00000000000000002"), (timedOut.GetProperty("t").GetInt64(), timedOut.GetProperty("result").GetString(), timedOut.GetProperty("instance").GetString()));
        var error = events.Single(e => e.GetProperty("type").GetString() == "error");
        Assert.Equal(5, error.GetProperty("step").GetInt32());
        Assert.StartsWith("No active Lifecycle Action found with", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var notification = events.First(e => e.GetProperty("type").GetString() == "notification");
        Assert.Equal("aws.autoscaling", notification.GetProperty("message").GetProperty("source").GetString());

        var summary = events[^1];
        Assert.Equal("summary", summary.GetProperty("type").GetString());
        Assert.Equal(600, summary.GetProperty("t").GetInt64());
        Assert.Equal("Terminated", summary.GetProperty("instances").GetProperty("i-00000000000000002").GetString());
    }

    [Theory]
    [InlineData("text", "t=200     i-00000000000000001 is Terminated")]
    [InlineData("mermaid", "sequenceDiagram")]
    public async Task OtherFormats_PrintTheRun(string format, string expected)
    {
        var run = await CliRun.RunAsync("simulate", Sample("scale-in.yaml"), "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mermaid_UsesAliasesForInstances()
    {
        var run = await CliRun.RunAsync("simulate", Sample("launch-with-warmup.yaml"), "--format", "mermaid");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("participant I1 as i-00000000000000001", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("->>i-", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WarmPoolSample_ShowsOriginAndDestination_AndTheWarmedStates()
    {
        var run = await CliRun.RunAsync("simulate", Sample("warm-pool.yaml"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var events = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        string Route(JsonElement e) => $"{e.GetProperty("instance").GetString()![^1..]} {e.GetProperty("hook").GetString()} {e.GetProperty("origin").GetString()}>{e.GetProperty("destination").GetString()}";
        var started = events.Where(e => e.GetProperty("type").GetString() == "action" && e.GetProperty("event").GetString() == "started").Select(Route).ToList();
        Assert.Equal(
            ["1 warm EC2>WarmPool", "2 warm EC2>WarmPool", "1 warm WarmPool>AutoScalingGroup", "2 warm WarmPool>AutoScalingGroup", "3 warm EC2>AutoScalingGroup", "2 drain AutoScalingGroup>WarmPool"],
            started);
        var detail = events.First(e => e.GetProperty("type").GetString() == "notification").GetProperty("message").GetProperty("detail");
        Assert.Equal(("EC2", "WarmPool"), (detail.GetProperty("Origin").GetString(), detail.GetProperty("Destination").GetString()));
        var summary = events[^1].GetProperty("instances");
        Assert.Equal("Warmed:Stopped", summary.GetProperty("i-00000000000000002").GetString());
        Assert.Equal("InService", summary.GetProperty("i-00000000000000003").GetString());
    }

    [Fact]
    public async Task InvalidScenario_ExitsOne_WithLineAndColumn()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.yaml", "group: web\nsteps:\n  - at: 10\n    launch: 1\n  - at: 5\n    launch: 1\n");

        var run = await CliRun.RunAsync("simulate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}:5:5: error SIM105:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_ExitsTwo()
    {
        var run = await CliRun.RunAsync("simulate", Path.Combine(Path.GetTempPath(), "no-such-scenario.yaml"));

        Assert.Equal(2, run.ExitCode);
    }
}
