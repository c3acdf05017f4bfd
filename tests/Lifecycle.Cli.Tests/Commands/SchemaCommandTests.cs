using System.Text.Json.Nodes;
using Lifecycle.Core.Schemas;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Cli.Tests.Commands;

/// <summary><c>lifecycle schema</c>, and the tool's own JSON output against the schemas it publishes for it.</summary>
public class SchemaCommandTests
{
    private static string Sample(string path) => Path.Combine(SharedFolder.RepositoryRoot, "samples", path);

    [Fact]
    public async Task List_NamesEverySchema_OneALine()
    {
        var run = await CliRun.RunAsync("schema", "--list");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonSchemas.Names, run.OutputLines);
    }

    [Fact]
    public async Task Name_PrintsThatSchema()
    {
        var run = await CliRun.RunAsync("schema", "appspec-server");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonSchemas.Get("appspec-server"), run.Output);
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)JsonNode.Parse(run.Output)!["$schema"]);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData]
    [InlineData("--list", "plan")]
    public async Task AnUnknownNameOrNone_IsAUsageError(params string[] args)
    {
        var run = await CliRun.RunAsync(["schema", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("appspec-server, appspec-ecs", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("web-app")]
    [InlineData("web-app-fixed")]
    [InlineData("ecs-service")]
    [InlineData("lambda-function")]
    public async Task TheValidateReport_IsValidAgainstItsSchema(string sample)
    {
        var run = await CliRun.RunAsync("appspec", "validate", Sample(sample), "--format", "json");

        Assert.Null(SchemaCheck.Errors("validate-report", JsonNode.Parse(run.Output)));
    }

    [Fact]
    public async Task TheHookValidateReport_IsValidAgainstTheSameSchema()
    {
        var run = await CliRun.RunAsync("hook", "validate", Sample("put-lifecycle-hook.json"), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Null(SchemaCheck.Errors("validate-report", JsonNode.Parse(run.Output)));
    }

    [Theory]
    [InlineData("web-app-fixed", "in-place")]
    [InlineData("web-app-fixed", "blue-green")]
    [InlineData("ecs-service", "in-place")]
    [InlineData("lambda-function", "in-place")]
    public async Task ThePlan_IsValidAgainstItsSchema(string sample, string deployment)
    {
        var run = await CliRun.RunAsync("appspec", "plan", Sample(sample), "--format", "json", "--deployment", deployment);

        Assert.Equal(0, run.ExitCode);
        Assert.Null(SchemaCheck.Errors("plan", JsonNode.Parse(run.Output)));
    }

    [Theory]
    [InlineData("scale-in.yaml")]
    [InlineData("launch-with-warmup.yaml")]
    [InlineData("warm-pool.yaml")]
    public async Task EverySimulateLine_IsValidAgainstItsSchema(string scenario)
    {
        var run = await CliRun.RunAsync("simulate", Sample(Path.Combine("simulation", scenario)), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var invalid = run.OutputLines.Select(line => SchemaCheck.Errors("simulate-line", JsonNode.Parse(line))).Where(e => e is not null).ToList();
        Assert.True(invalid.Count == 0, string.Join("\n", invalid));
    }
}
