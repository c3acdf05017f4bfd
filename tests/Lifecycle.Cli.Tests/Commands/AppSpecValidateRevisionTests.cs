using System.Text.Json;

namespace Lifecycle.Cli.Tests.Commands;

/// <summary>
/// <c>appspec validate DIR</c> checks the revision around an EC2/On-Premises AppSpec: revisions are built here on disk,
/// with file modes set, and each planted mistake must be found at its file and line, and nothing else.
/// </summary>
public class AppSpecValidateRevisionTests
{
    private const string AppSpec = "version: 0.0\nos: linux\nfiles:\n  - source: site\n    destination: /var/www\nhooks:\n  ApplicationStart:\n    - location: scripts/start.sh\n      timeout: 60\n  ValidateService:\n    - location: scripts/validate.sh\n";

    [Fact]
    public async Task ACleanRevision_ExitsZero_WithNoWarning_EvenWithScriptsThatAreNotExecutable()
    {
        using var revision = Revision(("scripts/start.sh", "#!/bin/bash\n./server > /var/log/server.log 2>&1 < /dev/null &\n"), ("scripts/validate.sh", "#!/bin/bash\ncurl -fsS localhost\n"));
        if (!OperatingSystem.IsWindows())
        {
            // The agent makes scripts executable itself (chmod +x), so a missing run bit is not a finding.
            File.SetUnixFileMode(Path.Combine(revision.Path, "scripts", "start.sh"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var run = await CliRun.RunAsync("appspec", "validate", revision.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.OutputLines);
        Assert.Contains("1 file checked: 0 errors, 0 warnings.", run.Error);
    }

    [Fact]
    public async Task TheNewUsersRevision_IsFoundThreeWays_EachAtItsFileAndLine()
    {
        using var revision = Revision(("scripts/start.sh", "#!/bin/bash\r\ncd /srv\r\nnohup ./server &\r\n"));

        var run = await CliRun.RunAsync("appspec", "validate", revision.Path);

        Assert.Equal(1, run.ExitCode);
        var appSpec = Path.Combine(revision.Path, "appspec.yml");
        var start = Path.Combine(revision.Path, "scripts", "start.sh");
        Assert.Collection(run.OutputLines,
            l => Assert.StartsWith($"{appSpec}:11:17: error APP401: scripts/validate.sh is not in the revision", l, StringComparison.Ordinal),
            l => Assert.StartsWith($"{start}:1:12: error APP410: ", l, StringComparison.Ordinal),
            l => Assert.StartsWith($"{start}:3:1: warning APP413: \"nohup ./server &\" runs in the background", l, StringComparison.Ordinal));
        Assert.Contains("2 files checked: 2 errors, 1 warning.", run.Error);
    }

    [Fact]
    public async Task AppSpecOnly_LeavesTheRevisionAlone()
    {
        using var revision = Revision();

        var run = await CliRun.RunAsync("appspec", "validate", "--appspec-only", revision.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.OutputLines);
    }

    [Fact]
    public async Task AFolderHoldingOneFolderWithTheAppSpec_IsReadFromInside_AsTheAgentUnpacksIt()
    {
        using var outer = new TempFolder();
        outer.Write("bundle/appspec.yml", AppSpec);
        outer.Write("bundle/site/index.html", "x");
        outer.Write("bundle/scripts/start.sh", "#!/bin/bash\n");

        var run = await CliRun.RunAsync("appspec", "validate", outer.Path);

        var line = Assert.Single(run.OutputLines);
        Assert.StartsWith(Path.Combine(outer.Path, "bundle", "appspec.yml") + ":11:17: error APP401", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAppSpecTheAgentDoesNotRead_IsWarnedOnThatFile()
    {
        using var revision = Revision(("scripts/start.sh", "#!/bin/bash\n"), ("scripts/validate.sh", "#!/bin/bash\n"), ("appspec.yaml", AppSpec));

        var run = await CliRun.RunAsync("appspec", "validate", revision.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(Path.Combine(revision.Path, "appspec.yaml") + ":1:1: warning APP430: appspec.yaml is in the revision, but the agent reads appspec.yml", Assert.Single(run.OutputLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonAndSarif_CarryTheScriptsOwnEntry()
    {
        using var revision = Revision(("scripts/start.sh", "java -jar app.jar &\n"), ("scripts/validate.sh", "#!/bin/bash\n"));

        var json = await CliRun.RunAsync("appspec", "validate", "--format", "json", revision.Path);
        var sarif = await CliRun.RunAsync("appspec", "validate", "--format", "sarif", revision.Path);

        using var report = JsonDocument.Parse(json.Output);
        var script = report.RootElement.GetProperty("files")[1];
        Assert.Equal(Path.Combine(revision.Path, "scripts", "start.sh"), script.GetProperty("path").GetString());
        Assert.Equal(["APP412", "APP413"], script.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        using var log = JsonDocument.Parse(sarif.Output);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["APP412", "APP413"], results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.All(results, r => Assert.EndsWith("scripts/start.sh", r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal));
        Assert.Equal(0, json.ExitCode);
    }

    [Fact]
    public async Task WhatMustNotBeFlagged_IsNot_CrlfInTheAppSpec_HeredocsCommentsAndRedirectedBackgrounds()
    {
        using var revision = Revision(
            ("scripts/start.sh", "#!/bin/bash\n# ./server &   (a comment)\ncat <<EOF > /etc/app.conf\nport=80 &\nEOF\nexec > /var/log/start.log 2>&1\n./server &\n"),
            ("scripts/validate.sh", "#!/usr/bin/env bash\n{ ./probe & } > /dev/null 2>&1\necho \"done &\"\n"));
        await File.WriteAllTextAsync(Path.Combine(revision.Path, "appspec.yml"), AppSpec.ReplaceLineEndings("\r\n"));

        var run = await CliRun.RunAsync("appspec", "validate", revision.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.OutputLines);
    }

    // A revision with AppSpec, its site folder, and the given files.
    private static TempFolder Revision(params (string Path, string Content)[] files)
    {
        var folder = new TempFolder();
        folder.Write("appspec.yml", AppSpec);
        folder.Write("site/index.html", "<p>hi</p>");
        foreach (var (path, content) in files)
        {
            folder.Write(path, content);
        }

        return folder;
    }
}
