using System.Text;

namespace Lifecycle.Cli.Tests.Commands;

/// <summary>
/// Inputs made to hurt (issue 13, section 3): each ends in diagnostics, within a generous deadline. The deadline is a
/// guard against a hang, not a timing assertion: cost linear in the input finishes far inside it.
/// </summary>
public class HostileInputTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task HookValidate_ManyUnknownMembersOnOneLine_IsOneWarningEach_InLinearTime()
    {
        using var folder = new TempFolder();
        var json = new StringBuilder("{\"LifecycleHookName\": \"h\"");
        for (var i = 0; i < 40_000; i++)
        {
            json.Append(", \"k").Append(i).Append("\": 1");
        }

        var file = folder.Write("wide.json", json.Append('}').ToString());

        var run = await CliRun.RunAsync("hook", "validate", file).WaitAsync(Deadline);

        Assert.Equal(40_000, run.OutputLines.Count(l => l.Contains("warning ASH007", StringComparison.Ordinal)));
        Assert.EndsWith("warning ASH007: k39999 is not a member of a PutLifecycleHookRequest, so the SDK ignores it. The members are: LifecycleHookName, AutoScalingGroupName, LifecycleTransition, RoleARN, NotificationTargetARN, NotificationMetadata, HeartbeatTimeout, DefaultResult.",
            run.OutputLines.Last(l => l.Contains("ASH007", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppSpecValidate_ManyUnknownTopLevelKeys_IsOneWarningEach_InLinearTime()
    {
        using var folder = new TempFolder();
        var yaml = new StringBuilder("version: 0.0\nos: linux\n");
        for (var i = 0; i < 49_990; i++)
        {
            yaml.Append('k').Append(i).Append(": 1\n");
        }

        var file = folder.Write("appspec.yml", yaml.Append("k7: again\n").ToString());

        var run = await CliRun.RunAsync("appspec", "validate", file).WaitAsync(Deadline);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(49_990, run.OutputLines.Count(l => l.Contains("warning APP007", StringComparison.Ordinal)));
        Assert.Single(run.OutputLines, l => l.Contains("warning APP008: k7 is given again at line 49993", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> HostileAppSpecs => new()
    {
        { "nesting a million brackets deep", "version: 0.0\nos: linux\nx: " + new string('[', 1_000_000), "error APP002" },
        { "30,000 anchors in flow mappings", "version: 0.0\nos: linux\nx: [" + string.Join(", ", Enumerable.Range(0, 30_000).Select(i => $"{{a: &a{i} b}}")) + "]\n", "warning APP007" },
        { "10,000 merge keys", "version: 0.0\nos: linux\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"x{i}:\n  <<: {{a: 1, b: 2}}\n")), "warning APP007" },
        { "a # after a quote on 10,000 lines", "version: 0.0\nos: linux\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"k{i}: \"v\"#c\n")), "error APP001" },
        { "a tab after each of 45,000 keys", "version: 0.0\nos: linux\nx:\n" + string.Concat(Enumerable.Range(0, 45_000).Select(i => $"  k{i}: 1\t# c\n")) + " \tk: 1\n", "error APP001" },
        { "100,000 byte order marks", "version: 0.0\nos: linux\n" + string.Concat(Enumerable.Repeat("\uFEFF# c\n", 100_000)), "warning APP211" },
    };

    [Theory]
    [MemberData(nameof(HostileAppSpecs))]
    public async Task AppSpecValidate_OnAHostileAppSpec_EndsWithADiagnostic(string what, string yaml, string finding)
    {
        using var folder = new TempFolder();
        var file = folder.Write("appspec.yml", yaml);

        var run = await CliRun.RunAsync("appspec", "validate", "--appspec-only", file).WaitAsync(Deadline);

        Assert.True(run.ExitCode is 0 or 1, $"{what}: exit {run.ExitCode}");
        Assert.Contains(run.OutputLines, l => l.Contains(finding, StringComparison.Ordinal));
    }
}
