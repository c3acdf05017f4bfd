using System.Text.Json;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Cli.Tests.Commands;

public class AppSpecValidateCommandTests
{
    private const string Valid = "version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: scripts/start.sh\n      timeout: 300\n      runas: ec2-user\n    - location: scripts/check.sh\n      timeout: 60\n";

    // The revision around Valid: its two scripts.
    private static void WriteScripts(TempFolder folder)
    {
        folder.Write("scripts/start.sh", "#!/bin/bash\nsystemctl start app\n");
        folder.Write("scripts/check.sh", "#!/bin/bash\ncurl -fsS localhost:8080/health\n");
    }

    [Fact]
    public async Task Folder_LooksUpTheAppSpec_AndAValidOneExitsZero()
    {
        using var folder = new TempFolder();
        folder.Write("appspec.yml", Valid);
        WriteScripts(folder);

        var run = await CliRun.RunAsync("appspec", "validate", folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.OutputLines);
    }

    [Theory]
    [InlineData("appspec.yaml")]
    [InlineData("appspec.json")]
    public async Task Folder_FindsTheOtherNames(string name)
    {
        using var folder = new TempFolder();
        folder.Write(name, name.EndsWith("json", StringComparison.Ordinal) ? "{\"version\": 0.0, \"os\": \"linux\"}" : Valid);
        WriteScripts(folder);

        var run = await CliRun.RunAsync("appspec", "validate", folder.Path);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task FolderWithoutAppSpec_ExitsTwo()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync("appspec", "validate", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("LCL001", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_HasThePlatformAndTheNormalisedHookTable()
    {
        using var folder = new TempFolder();
        var file = folder.Write("appspec.yml", Valid);
        WriteScripts(folder);

        var run = await CliRun.RunAsync("appspec", "validate", "--format", "json", file);

        using var document = JsonDocument.Parse(run.Output);
        var report = document.RootElement.GetProperty("files")[0];
        Assert.Equal("server", report.GetProperty("platform").GetString());
        Assert.True(report.GetProperty("valid").GetBoolean());
        var scripts = report.GetProperty("hooks").GetProperty("ApplicationStart");
        Assert.Equal("scripts/start.sh", scripts[0].GetProperty("location").GetString());
        Assert.Equal(300, scripts[0].GetProperty("timeout").GetInt32());
        Assert.Equal("ec2-user", scripts[0].GetProperty("runas").GetString());
        Assert.Equal(JsonValueKind.Null, scripts[1].GetProperty("runas").ValueKind);
    }

    [Fact]
    public async Task Json_InvalidFile_HasNullHooksAndPositionedDiagnostics()
    {
        using var folder = new TempFolder();
        var file = folder.Write("appspec.yml", "version: \"0.0\"\nos: linux\n");

        var run = await CliRun.RunAsync("appspec", "validate", "--format", "json", file);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var report = document.RootElement.GetProperty("files")[0];
        Assert.Equal(JsonValueKind.Null, report.GetProperty("hooks").ValueKind);
        var error = report.GetProperty("diagnostics")[0];
        Assert.Equal("APP102", error.GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.Equal(10, error.GetProperty("column").GetInt32());
        Assert.Equal(1, error.GetProperty("endLine").GetInt32());
        Assert.Equal(15, error.GetProperty("endColumn").GetInt32());
        Assert.Equal("version", error.GetProperty("path").GetString());
        Assert.True(Lifecycle.Core.DiagnosticRules.TryGet("APP102", out var rule));
        Assert.Equal(rule.Title, error.GetProperty("title").GetString());
        Assert.Equal("https://github.com/lifecycle-core/Lifecycle.Core/blob/main/docs/appspec-rules.md#APP102", error.GetProperty("helpUri").GetString());
    }

    [Fact]
    public async Task Sarif_IsAVersion210LogWithRulesAndRegions()
    {
        var sample = Path.Combine(SharedFolder.RepositoryRoot, "samples", "web-app");

        var run = await CliRun.RunAsync("appspec", "validate", "--format", "sarif", sample);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var sarifRun = document.RootElement.GetProperty("runs")[0];
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()]);
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            Assert.True(region.GetProperty("endColumn").GetInt32() > region.GetProperty("startColumn").GetInt32() || region.GetProperty("endLine").GetInt32() > region.GetProperty("startLine").GetInt32());
        }
    }

    [Fact]
    public async Task Os_AndPlatformOptions_AreApplied()
    {
        using var folder = new TempFolder();
        var file = folder.Write("appspec.yml", "version: 0.0\nos: windows\n");

        var linux = await CliRun.RunAsync("appspec", "validate", "--os", "linux", file);
        var windows = await CliRun.RunAsync("appspec", "validate", "--os", "windows", "--platform", "server", file);

        Assert.Equal(1, linux.ExitCode);
        Assert.Equal(0, windows.ExitCode);
    }

    [Theory]
    [InlineData("appspec", "validate", "--format", "xml", "x")]
    [InlineData("appspec", "validate", "--os", "macos", "x")]
    [InlineData("appspec", "validate", "--platform", "k8s", "x")]
    [InlineData("appspec", "validate")]
    public async Task UsageErrors_ExitTwo(params string[] args) => Assert.Equal(2, (await CliRun.RunAsync(args)).ExitCode);

    [Fact]
    public async Task BundledSample_ShowsItsMistakes()
    {
        // The README's main command: lifecycle appspec validate samples/web-app
        var run = await CliRun.RunAsync("appspec", "validate", Path.Combine(SharedFolder.RepositoryRoot, "samples", "web-app"));

        Assert.Equal(1, run.ExitCode);
        var codes = run.OutputLines.Select(l => l.Split(' ')[2].TrimEnd(':')).ToList();
        Assert.Equal(["APP102", "APP210", "APP117", "APP201", "APP212", "APP206", "APP207"], codes);
    }
}
