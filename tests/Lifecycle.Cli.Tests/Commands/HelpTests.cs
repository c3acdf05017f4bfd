namespace Lifecycle.Cli.Tests.Commands;

/// <summary>Every help screen names the tool as people type it: lifecycle, never the assembly or the test host.</summary>
public class HelpTests
{
    [Theory]
    [InlineData]
    [InlineData("appspec")]
    [InlineData("appspec", "validate")]
    [InlineData("appspec", "plan")]
    [InlineData("hook")]
    [InlineData("hook", "validate")]
    [InlineData("deploy")]
    [InlineData("simulate")]
    [InlineData("states")]
    [InlineData("schema")]
    public async Task Help_UsageLineNamesLifecycle(params string[] command)
    {
        var run = await CliRun.RunAsync([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        var usage = run.Output.Split('\n').SkipWhile(l => l != "Usage:").Skip(1).First().Trim();
        Assert.StartsWith(string.Join(' ', ["lifecycle", .. command]), usage, StringComparison.Ordinal);
        Assert.DoesNotContain("Lifecycle.Cli", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("testhost", run.Output, StringComparison.Ordinal);
    }
}
