using System.Text.Json;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Cli.Tests.Commands;

public class AppSpecPlanCommandTests
{
    private static readonly string Sample = Path.Combine(SharedFolder.RepositoryRoot, "samples", "web-app-fixed");

    [Fact]
    public async Task Json_ListsTheEventsInOrder_WithRevisionAndScripts()
    {
        var run = await CliRun.RunAsync("appspec", "plan", Sample, "--load-balancer", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("server", document.RootElement.GetProperty("platform").GetString());
        var events = document.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(
            ["Start", "BeforeBlockTraffic", "BlockTraffic", "AfterBlockTraffic", "ApplicationStop", "DownloadBundle", "BeforeInstall", "Install", "AfterInstall", "ApplicationStart", "ValidateService", "BeforeAllowTraffic", "AllowTraffic", "AfterAllowTraffic", "End"],
            events.Select(e => e.GetProperty("name").GetString()));
        var stop = events.Single(e => e.GetProperty("name").GetString() == "ApplicationStop");
        Assert.True(stop.GetProperty("scriptable").GetBoolean());
        Assert.Equal("last-successful", stop.GetProperty("revision").GetString());
        var script = stop.GetProperty("scripts")[0];
        Assert.Equal("scripts/stop_server.sh", script.GetProperty("location").GetString());
        Assert.Equal(60, script.GetProperty("timeout").GetInt32());
        Assert.Equal("root", script.GetProperty("runas").GetString());
        Assert.False(events[0].GetProperty("scriptable").GetBoolean());
    }

    [Fact]
    public async Task BlueGreenOriginal_RunsOnlyTheBlockTrafficEvents()
    {
        var run = await CliRun.RunAsync("appspec", "plan", Sample, "--deployment", "blue-green", "--instances", "original", "--format", "json");

        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(["Start", "BeforeBlockTraffic", "BlockTraffic", "AfterBlockTraffic", "End"],
            document.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Ecs_HooksNameTheirFunction()
    {
        using var folder = new TempFolder();
        var file = folder.Write("appspec.yaml", """
            version: 0.0
            Resources:
              - TargetService:
                  Type: AWS::ECS::Service
                  Properties:
                    TaskDefinition: "arn:aws:ecs:us-east-1:111222333444:task-definition/web:3"
                    LoadBalancerInfo:
                      ContainerName: "web"
                      ContainerPort: 80
            Hooks:
              - BeforeAllowTraffic: "CodeDeployHook_gate"
            """);

        var run = await CliRun.RunAsync("appspec", "plan", file, "--format", "json");

        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("ecs", document.RootElement.GetProperty("platform").GetString());
        var gate = document.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "BeforeAllowTraffic");
        Assert.Equal("CodeDeployHook_gate", gate.GetProperty("function").GetString());
        Assert.False(gate.TryGetProperty("scripts", out _));
    }

    [Fact]
    public async Task Mermaid_IsAFlowchartWithEveryEvent()
    {
        var run = await CliRun.RunAsync("appspec", "plan", Sample, "--format", "mermaid");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("flowchart TD", run.Output, StringComparison.Ordinal);
        Assert.Contains("ApplicationStop", run.Output, StringComparison.Ordinal);
        Assert.Contains("e7 --> e8", run.Output, StringComparison.Ordinal);
        Assert.Contains("class e0,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_IsANumberedList()
    {
        var run = await CliRun.RunAsync("appspec", "plan", Sample);

        Assert.Contains("  4. BeforeInstall", run.Output, StringComparison.Ordinal);
        Assert.Contains("(reserved for CodeDeploy)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidAppSpec_ExitsOne_WithItsDiagnostics()
    {
        var run = await CliRun.RunAsync("appspec", "plan", Path.Combine(SharedFolder.RepositoryRoot, "samples", "web-app"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error APP102", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("appspec", "plan")]
    [InlineData("appspec", "plan", "x", "--deployment", "canary")]
    [InlineData("appspec", "plan", "x", "--format", "svg")]
    public async Task UsageErrors_ExitTwo(params string[] args) => Assert.Equal(2, (await CliRun.RunAsync(args)).ExitCode);

    [Fact]
    public async Task MissingFile_ExitsTwo() => Assert.Equal(2, (await CliRun.RunAsync("appspec", "plan", "/no/such/appspec.yml")).ExitCode);
}
