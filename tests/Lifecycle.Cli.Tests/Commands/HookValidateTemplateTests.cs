using System.Text.Json;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Cli.Tests.Commands;

/// <summary><c>hook validate</c> on the bundled templates: each planted mistake at its line, the fixed template clean.</summary>
public class HookValidateTemplateTests
{
    private static string Sample(string name) => Path.Combine(SharedFolder.RepositoryRoot, "samples", "templates", name);

    [Fact]
    public async Task TheCloudFormationSample_ShowsItsFiveMistakes_AndTheFixedOneNone()
    {
        var run = await CliRun.RunAsync("hook", "validate", Sample("lifecycle-hooks.yaml"), Sample("lifecycle-hooks-fixed.yaml"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["25:3: warning ASH304: WarmUp:", "30:25: error ASH108: WarmUp:", "31:3: error ASH202: Drain:", "35:28: error ASH107: Drain:", "36:25: error ASH108: Drain:"],
            run.OutputLines.Select(l => string.Join(' ', l[(l.IndexOf(".yaml:", StringComparison.Ordinal) + 6)..].Split(' ').Take(4))));
        Assert.All(run.OutputLines, l => Assert.StartsWith(Sample("lifecycle-hooks.yaml"), l, StringComparison.Ordinal));
        Assert.Contains("2 files checked: 4 errors, 1 warning.", run.Error);
    }

    [Fact]
    public async Task TheTerraformPlan_IsReadFromItsJson()
    {
        var run = await CliRun.RunAsync("hook", "validate", "--format", "json", Sample("terraform-plan.json"));

        using var report = JsonDocument.Parse(run.Output);
        var diagnostics = report.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(["ASH202", "ASH304"], diagnostics.Select(d => d.GetProperty("code").GetString()));
        Assert.Equal("aws_autoscaling_group.web.initial_lifecycle_hook[0].RoleARN", diagnostics[0].GetProperty("path").GetString());
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Sarif_PlacesEachFindingInTheTemplate()
    {
        var run = await CliRun.RunAsync("hook", "validate", "--format", "sarif", Sample("lifecycle-hooks.yaml"));

        using var log = JsonDocument.Parse(run.Output);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(5, results.Count);
        Assert.Equal(30, results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }
}
