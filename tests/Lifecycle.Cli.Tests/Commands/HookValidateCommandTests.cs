using System.Text.Json;
using System.Text.RegularExpressions;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Cli.Tests.Commands;

public class HookValidateCommandTests
{
    private const string ValidRequest = """
        {
          "LifecycleHookName": "drain",
          "AutoScalingGroupName": "web",
          "LifecycleTransition": "autoscaling:EC2_INSTANCE_TERMINATING",
          "HeartbeatTimeout": 300
        }
        """;

    private static readonly Regex CompilerLine = new(@"^(?<file>.+):(?<line>\d+):(?<col>\d+): (?<sev>error|warning|info) (?<code>[A-Z]+\d+): (?<msg>.+)$");

    [Fact]
    public async Task ValidFile_ExitsZero_AndPrintsNoDiagnostic()
    {
        using var folder = new TempFolder();
        var file = folder.Write("hook.json", ValidRequest);

        var run = await CliRun.RunAsync("hook", "validate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.OutputLines);
        Assert.Contains("1 file checked: 0 errors, 0 warnings.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidFile_ExitsOne_AndPrintsOneCompilerStyleLinePerDiagnostic()
    {
        using var folder = new TempFolder();
        var file = folder.Write("hook.json", ValidRequest.Replace("300", "7201", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("hook", "validate", file);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.OutputLines);
        var match = CompilerLine.Match(line);
        Assert.True(match.Success, line);
        Assert.Equal(file, match.Groups["file"].Value);
        Assert.Equal("5", match.Groups["line"].Value);
        Assert.Equal("23", match.Groups["col"].Value);
        Assert.Equal("error", match.Groups["sev"].Value);
        Assert.Equal("ASH108", match.Groups["code"].Value);
        Assert.True(Lifecycle.Core.DiagnosticRules.TryGet("ASH108", out var rule));
        Assert.Contains($"  ASH108: {rule.Title} ({rule.HelpUri})", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WarningsOnly_ExitZero()
    {
        using var folder = new TempFolder();
        var file = folder.Write("hook.json", ValidRequest.Replace("\"HeartbeatTimeout\"", "\"heartbeatTimeout\"", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("hook", "validate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning ASH007", Assert.Single(run.OutputLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonFormat_PrintsOneDocumentWithTheContractsShape()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.json", ValidRequest);
        var bad = folder.Write("bad.json", $"[{ValidRequest}, {{\"LifecycleHookName\": \"x y\"}}]");

        var run = await CliRun.RunAsync("hook", "validate", "--format", "json", good, bad);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var files = document.RootElement.GetProperty("files");
        Assert.Equal(2, files.GetArrayLength());
        Assert.Equal(good, files[0].GetProperty("path").GetString());
        Assert.True(files[0].GetProperty("valid").GetBoolean());
        Assert.Equal(0, files[0].GetProperty("diagnostics").GetArrayLength());
        Assert.False(files[1].GetProperty("valid").GetBoolean());
        var diagnostics = files[1].GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(["ASH201", "ASH104", "ASH103"], diagnostics.Select(d => d.GetProperty("code").GetString()));
        var first = diagnostics[2];
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("[1].LifecycleHookName", first.GetProperty("path").GetString());
        Assert.Equal(6, first.GetProperty("line").GetInt32());
        Assert.True(first.GetProperty("column").GetInt32() > 1);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task MissingFile_ExitsTwo_AndSaysWhy()
    {
        var run = await CliRun.RunAsync("hook", "validate", "/no/such/file.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("/no/such/file.json: error LCL001: Cannot read the file: no such file. Check the path.", Assert.Single(run.OutputLines));
    }

    [Fact]
    public async Task Folder_ExitsTwo()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync("hook", "validate", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("it is a folder", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableAndInvalid_ExitsTwo_AndStillReportsTheReadableFile()
    {
        using var folder = new TempFolder();
        var bad = folder.Write("bad.json", "{");

        var run = await CliRun.RunAsync("hook", "validate", bad, "/missing.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.Contains("ASH001", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.Contains("LCL001", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hook", "validate")]
    [InlineData("hook", "validate", "--format", "xml", "a.json")]
    [InlineData("hook", "check", "a.json")]
    [InlineData("nonsense")]
    public async Task UsageErrors_ExitTwo(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("lifecycle: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileInput_IsADiagnosticNotACrash()
    {
        using var folder = new TempFolder();
        var deep = folder.Write("deep.json", new string('[', 100_000));
        var binary = Path.Combine(folder.Path, "binary.json");
        await File.WriteAllBytesAsync(binary, [0xFF, 0xFE, 0x00, 0x01, 0x7B, 0x22]);

        var run = await CliRun.RunAsync("hook", "validate", deep, binary);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.Contains("deep.json", StringComparison.Ordinal) && l.Contains("error ASH002", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.Contains("binary.json", StringComparison.Ordinal) && l.Contains("error ASH001", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"LifecycleHookName\": \"dr\\ud800in\", \"AutoScalingGroupName\": \"web\"}", 23)]
    [InlineData("{\"\\ud800\": 1}", 2)]
    [InlineData("[{\"NotificationMetadata\": \"\\udc00\"}]", 27)]
    public async Task ALoneSurrogateEscape_IsADiagnosticAtItsString_NotACrash(string json, int column)
    {
        using var folder = new TempFolder();
        var file = folder.Write("surrogate.json", json);

        var run = await CliRun.RunAsync("hook", "validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{file}:1:{column}: error ASH001: The JSON cannot be read: a string here has a lone surrogate escape", Assert.Single(run.OutputLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BundledSample_ShowsTheMistakesItWasWrittenWith()
    {
        // The README's main command: lifecycle hook validate samples/put-lifecycle-hook.json
        var sample = Path.Combine(SharedFolder.RepositoryRoot, "samples", "put-lifecycle-hook.json");

        var run = await CliRun.RunAsync("hook", "validate", sample);

        Assert.Equal(1, run.ExitCode);
        var codes = run.OutputLines.Select(l => CompilerLine.Match(l).Groups["code"].Value).ToList();
        Assert.Equal(["ASH103", "ASH108", "ASH109", "ASH202", "ASH006"], codes);
    }
}
