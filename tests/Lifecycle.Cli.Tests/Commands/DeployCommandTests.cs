using System.Text.Json;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Cli.Tests.Commands;

public class DeployCommandTests
{
    private static readonly string Sample = Path.Combine(SharedFolder.RepositoryRoot, "samples", "hello-revision");

    [Fact]
    public async Task Deploy_RunsEveryEvent_InstallsUnderTheRoot_AndExitsZero()
    {
        using var root = new TempFolder();

        var run = await CliRun.RunAsync("deploy", Sample, "--root", root.Path, "--deployment-id", "d-CLITEST01", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("d-CLITEST01", document.RootElement.GetProperty("deploymentId").GetString());
        Assert.Equal("Succeeded", document.RootElement.GetProperty("status").GetString());
        var events = document.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["Start", "ApplicationStop", "DownloadBundle", "BeforeInstall", "Install", "AfterInstall", "ApplicationStart", "ValidateService", "End"],
            events.Select(e => e.GetProperty("name").GetString()));
        var before = events.Single(e => e.GetProperty("name").GetString() == "BeforeInstall").GetProperty("scripts")[0];
        Assert.Equal("scripts/before_install.sh", before.GetProperty("location").GetString());
        Assert.Equal(0, before.GetProperty("exitCode").GetInt32());
        Assert.Equal("Succeeded", before.GetProperty("status").GetString());
        Assert.True(before.GetProperty("durationMs").GetInt64() >= 0);
        Assert.Contains("d-CLITEST01", before.GetProperty("outputTail").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(root.Path, "srv", "hello", "index.html")));
        var log = File.ReadAllText(Path.Combine(root.Path, ".lifecycle", "default-local-deployment-group", "d-CLITEST01", "logs", "scripts.log"));
        Assert.Contains("LifecycleEvent - BeforeInstall", log, StringComparison.Ordinal);
        Assert.Contains("Script - scripts/before_install.sh", log, StringComparison.Ordinal);
        Assert.Contains("[stdout]BeforeInstall of d-CLITEST01", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_FailingScript_ExitsOne_AndSkipsTheRest()
    {
        using var revision = new TempFolder();
        revision.Write("appspec.yml", "version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: start.sh\n  ValidateService:\n    - location: start.sh\n");
        revision.Write("start.sh", "#!/bin/bash\necho broken >&2\nexit 4\n");
        using var root = new TempFolder();

        var run = await CliRun.RunAsync("deploy", revision.Path, "--root", root.Path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("Failed", document.RootElement.GetProperty("status").GetString());
        var events = document.RootElement.GetProperty("events").EnumerateArray().ToList();
        var start = events.Single(e => e.GetProperty("name").GetString() == "ApplicationStart");
        Assert.Equal("Failed", start.GetProperty("status").GetString());
        Assert.Equal("ScriptFailed", start.GetProperty("scripts")[0].GetProperty("errorCode").GetString());
        Assert.Equal(4, start.GetProperty("scripts")[0].GetProperty("exitCode").GetInt32());
        Assert.Equal("Skipped", events.Single(e => e.GetProperty("name").GetString() == "ValidateService").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Deploy_TextShowsProgressPerEvent()
    {
        using var root = new TempFolder();

        var run = await CliRun.RunAsync("deploy", Sample, "--root", root.Path, "--deployment-id", "d-TEXT");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  ApplicationStart     Succeeded", run.Output, StringComparison.Ordinal);
        Assert.Contains("Deployment d-TEXT: Succeeded (script log: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_InvalidAppSpec_ExitsOne_WithItsDiagnostics()
    {
        using var revision = new TempFolder();
        revision.Write("appspec.yml", "version: \"0.0\"\nos: linux\n");

        using var root = new TempFolder();
        var run = await CliRun.RunAsync("deploy", revision.Path, "--root", root.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("APP102", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_WithoutRoot_ExitsTwo_AndSaysHowToReachTheRealDestinations()
    {
        var run = await CliRun.RunAsync("deploy", Sample);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--root /", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("deploy", "/no/such/revision")]
    [InlineData("deploy")]
    [InlineData("deploy", "x", "--format", "yaml")]
    public async Task UsageErrorsAndMissingFolders_ExitTwo(params string[] args) => Assert.Equal(2, (await CliRun.RunAsync(args)).ExitCode);
}
