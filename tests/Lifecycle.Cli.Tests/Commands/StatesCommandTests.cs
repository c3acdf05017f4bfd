using System.Text.Json;

namespace Lifecycle.Cli.Tests.Commands;

/// <summary><c>lifecycle states</c> prints the state machine the simulator follows, in AWS's spellings.</summary>
public class StatesCommandTests
{
    [Fact]
    public async Task Json_HasTheStatesAndTransitions_InTheApisSpelling()
    {
        var run = await CliRun.RunAsync("states", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var states = document.RootElement.GetProperty("states").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("Pending:Wait", states);
        Assert.Contains("Warmed:Terminating:Retained", states);
        var transitions = document.RootElement.GetProperty("transitions").EnumerateArray()
            .Select(t => (From: t.GetProperty("from").GetString(), To: t.GetProperty("to").GetString(), Trigger: t.GetProperty("trigger").GetString())).ToList();
        Assert.Contains(("Pending", "Pending:Wait", "HooksStart"), transitions);
        Assert.Contains((null, "Pending", "Launch"), transitions);
        Assert.Contains(("Terminating:Proceed", "Terminating:Retained", "AbandonRetained"), transitions);
        Assert.DoesNotContain(transitions, t => t.From is "Terminated" or "Warmed:Terminated");
    }

    [Fact]
    public async Task TextAndMermaid_ShowTheSameTransitions()
    {
        var text = await CliRun.RunAsync("states");
        var mermaid = await CliRun.RunAsync("states", "--format", "mermaid");

        Assert.Contains("Pending -> Pending:Wait  [HooksStart]", text.OutputLines);
        Assert.StartsWith("stateDiagram-v2\n", mermaid.Output, StringComparison.Ordinal);
        Assert.Contains("    Pending --> PendingWait : HooksStart", mermaid.Output.Split('\n'));
        Assert.Equal(text.OutputLines.Length, mermaid.Output.Split('\n').Count(l => l.Contains("-->", StringComparison.Ordinal)));
    }
}
