using System.Text;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Revisions;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.CodeDeploy.Revisions;

/// <summary>An AppSpec checked against the revision around it (reference §1.1, §4.2, §4.3, §4.6), built here in memory.</summary>
public class RevisionCheckerTests
{
    private const string AppSpec = """
        version: 0.0
        os: linux
        files:
          - source: site
            destination: /var/www
        hooks:
          ApplicationStop:
            - location: scripts/stop.sh
          ApplicationStart:
            - location: scripts/start.sh
              timeout: 120
          ValidateService:
            - location: scripts/validate.sh
        """;

    private const string Clean = "#!/bin/bash\nset -euo pipefail\n./server > /var/log/server.log 2>&1 < /dev/null &\n";

    [Fact]
    public void ACleanRevision_HasNoWarning_OnlyTheNoteOnApplicationStop()
    {
        var report = Check(AppSpec, Revision(("scripts/stop.sh", Clean), ("scripts/start.sh", Clean), ("scripts/validate.sh", Clean), ("site/index.html", "<p>hi</p>")));

        var note = Assert.Single(report.AppSpec);
        Assert.Equal((AppSpecDiagnosticCodes.ScriptsFromLastRevision, DiagnosticSeverity.Info), (note.Code, note.Severity));
        Assert.Equal(8, note.Span?.Line);
        Assert.Empty(report.Files);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void TheNewUsersRevision_FailsThreeWays_EachAtItsFileAndLine()
    {
        var report = Check(AppSpec, Revision(
            ("scripts/stop.sh", Clean),
            ("scripts/start.sh", "#!/bin/bash\r\ncd /srv/app\r\nnohup ./server &\r\n"),
            ("site/index.html", "x")));

        var missing = Assert.Single(report.AppSpec, d => d.Code == AppSpecDiagnosticCodes.ScriptMissing);
        Assert.Equal((13, "hooks.ValidateService[0].location"), (missing.Span?.Line, missing.Path));
        Assert.Contains("Script does not exist at specified location", missing.Message);
        var start = Assert.Single(report.Files);
        Assert.Equal("scripts/start.sh", start.Path);
        Assert.Collection(start.Diagnostics,
            d => Assert.Equal((AppSpecDiagnosticCodes.ShebangCarriageReturn, 1, 12), (d.Code, d.Span?.Line, d.Span?.Column)),
            d =>
            {
                Assert.Equal((AppSpecDiagnosticCodes.BackgroundHoldsOutput, 3, 1), (d.Code, d.Span?.Line, d.Span?.Column));
                Assert.Contains("timeout of 120 seconds", d.Message);
            });
        Assert.False(report.IsValid);
    }

    [Theory]
    [InlineData("scripts", AppSpecDiagnosticCodes.ScriptIsFolder)]
    [InlineData("../outside.sh", AppSpecDiagnosticCodes.ScriptOutsideRevision)]
    [InlineData("scripts/../../outside.sh", AppSpecDiagnosticCodes.ScriptOutsideRevision)]
    [InlineData("scripts/nope.sh", AppSpecDiagnosticCodes.ScriptMissing)]
    public void ALocationThatIsNotAScriptOfTheRevision_IsAnError(string location, string code)
    {
        var report = Check($"version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n    - location: {location}\n", Revision(("scripts/a.sh", Clean)));

        var finding = Assert.Single(report.AppSpec, d => d.IsError);
        Assert.Equal((code, 5), (finding.Code, finding.Span?.Line));
    }

    [Theory]
    [InlineData("/scripts/a.sh")]
    [InlineData("./scripts/a.sh")]
    [InlineData("scripts//a.sh")]
    [InlineData("other/../scripts/a.sh")]
    public void ALocationIsJoinedToTheRevisionAsTheAgentJoinsIt(string location)
    {
        var report = Check($"version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n    - location: {location}\n", Revision(("scripts/a.sh", Clean)));

        Assert.DoesNotContain(report.AppSpec, d => d.IsError);
    }

    [Theory]
    [InlineData("scripts/Start.sh", "scripts/start.sh")]
    [InlineData("start.sh", "scripts/start.sh")]
    [InlineData("scripts/strat.sh", "scripts/start.sh")]
    public void AMissingScript_SuggestsTheFileMeant(string location, string meant)
    {
        var report = Check($"version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n    - location: {location}\n", Revision(("scripts/start.sh", Clean)));

        Assert.Contains($"Did you mean {meant}?", Assert.Single(report.AppSpec).Message);
    }

    [Theory]
    [InlineData("echo hi\n", AppSpecDiagnosticCodes.NoShebang)]
    [InlineData("#!bash\necho hi\n", AppSpecDiagnosticCodes.InterpreterNotForOs)]
    [InlineData("#!C:\\Windows\\System32\\cmd.exe\n", AppSpecDiagnosticCodes.InterpreterNotForOs)]
    public void ALinuxScriptThatDoesNotStartAsWritten_IsAWarningOnItsFirstLine(string content, string code)
    {
        var report = Check("version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n    - location: a.sh\n", Revision(("a.sh", content)));

        var finding = Assert.Single(Assert.Single(report.Files).Diagnostics);
        Assert.Equal((code, DiagnosticSeverity.Warning, 1), (finding.Code, finding.Severity, finding.Span?.Line));
    }

    [Theory]
    [InlineData("#!/usr/bin/env python3\nimport subprocess\nsubprocess.Popen(['x']) & 1\n")]
    [InlineData("#!/usr/bin/env bash\necho ok\n")]
    [InlineData("\u007fELF\u0002\u0001\u0001 binary & data")]
    [InlineData("")]
    public void ScriptsThatStartFine_AndAreNotShell_AreNotFlagged(string content)
    {
        var report = Check("version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n    - location: a\n", Revision(("a", content)));

        Assert.Empty(report.Files);
    }

    [Theory]
    [InlineData("scripts/start.ps1", false)]
    [InlineData("scripts/start.bat", false)]
    [InlineData("scripts/start.sh", true)]
    public void OnWindows_OnlyWhatWindowsCanRun_Starts(string location, bool flagged)
    {
        var report = Check($"version: 0.0\nos: windows\nhooks:\n  AfterInstall:\n    - location: {location}\n", Revision((location, "#!/bin/bash\r\necho hi\r\n")));

        Assert.Equal(flagged, report.Files.Any(f => f.Diagnostics.Any(d => d.Code == AppSpecDiagnosticCodes.InterpreterNotForOs)));
        Assert.DoesNotContain(report.Files.SelectMany(f => f.Diagnostics), d => d.Code == AppSpecDiagnosticCodes.ShebangCarriageReturn);
    }

    [Theory]
    [InlineData("site", false)]
    [InlineData("/", false)]
    [InlineData("site/index.html", false)]
    [InlineData("public", true)]
    [InlineData("../etc", true)]
    public void AFilesSourceThatIsNotInTheRevision_IsAnError(string source, bool missing)
    {
        var report = Check($"version: 0.0\nos: linux\nfiles:\n  - source: {source}\n    destination: /var/www\n", Revision(("site/index.html", "x")));

        Assert.Equal(missing, report.AppSpec.Any(d => d.Code == AppSpecDiagnosticCodes.SourceMissing && d.Span?.Line == 4));
    }

    [Theory]
    [InlineData("  - source: a/config.json\n    destination: /etc/app\n  - source: b/config.json\n    destination: /etc/app/\n", AppSpecDiagnosticCodes.InstallCopiesTwice, 6)]
    [InlineData("  - source: /\n    destination: /srv\n  - source: a\n    destination: /srv/a\n", AppSpecDiagnosticCodes.InstallCopiesTwice, 6)]
    [InlineData("  - source: b\n    destination: /etc\n  - source: a/x\n    destination: /etc\n", AppSpecDiagnosticCodes.InstallCopiesOntoFolder, 6)]
    [InlineData("  - source: a/x\n    destination: /etc\n  - source: b\n    destination: /etc\n", AppSpecDiagnosticCodes.InstallMakesFolderOnFile, 6)]
    [InlineData("  - source: a\n    destination: /srv/one\n  - source: b\n    destination: /srv/two\n", null, 0)]
    [InlineData("  - source: a\n    destination: /srv\n  - source: b/x\n    destination: /srv\n", null, 0)]
    public void AnInstallPlanTheAgentRefuses_IsAnErrorAtTheEntryThatCausesIt(string files, string? code, int line)
    {
        // a/ holds config.json and x (a file); b/ holds config.json and the folder x/.
        var report = Check("version: 0.0\nos: linux\nfiles:\n" + files, Revision(("a/config.json", "{}"), ("a/x", "1"), ("b/config.json", "{}"), ("b/x/y", "2")));

        var refused = report.AppSpec.Where(d => d.IsError).ToList();
        if (code is null)
        {
            Assert.Empty(refused);
            return;
        }

        var finding = Assert.Single(refused);
        Assert.Equal((code, line), (finding.Code, finding.Span?.Line));
        Assert.Contains("The deployment failed because the application specification file", finding.Message);
    }

    [Theory]
    [InlineData("appspec.yml", "appspec.yaml", "appspec.yaml")]
    [InlineData("appspec.yml", "appspec.json", "appspec.json")]
    [InlineData("appspec.yaml", "appspec.yml", "appspec.yaml")]
    public void AnAppSpecTheAgentDoesNotRead_IsAWarningOnThatFile(string checkedName, string other, string warned)
    {
        var revision = RevisionContents.Create([Entry(checkedName, "x"), Entry(other, "x")]);

        var report = RevisionChecker.Check(Read("version: 0.0\nos: linux\n"), checkedName, revision);

        var finding = warned == checkedName ? Assert.Single(report.AppSpec) : Assert.Single(Assert.Single(report.Files, f => f.Path == warned).Diagnostics);
        Assert.Equal(AppSpecDiagnosticCodes.AppSpecNotRead, finding.Code);
    }

    [Fact]
    public void FilesToRead_AreTheScriptsTheHooksName_EachOnce()
    {
        var spec = Read("version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - location: /a.sh\n  AfterInstall:\n    - location: a.sh\n    - location: ../x\n    - location: b/c.sh\n");

        Assert.Equal(["a.sh", "b/c.sh"], RevisionChecker.FilesToRead(spec));
    }

    private static RevisionReport Check(string appSpec, RevisionContents revision) => RevisionChecker.Check(Read(appSpec), "appspec.yml", revision);

    internal static ServerAppSpec Read(string yaml)
    {
        var document = AppSpecReader.Read(yaml, new AppSpecOptions());
        Assert.True(document.IsValid, string.Join('\n', document.Diagnostics));
        return document.Server!;
    }

    // The files, with every folder above them.
    internal static RevisionContents Revision(params (string Path, string Content)[] files)
    {
        var folders = files.SelectMany(f => Ancestors(f.Path)).Distinct().Select(p => new RevisionEntry { Path = p, Kind = RevisionEntryKind.Directory });
        return RevisionContents.Create([.. folders, .. files.Select(f => Entry(f.Path, f.Content))]);
    }

    internal static RevisionEntry Entry(string path, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return new RevisionEntry { Path = path, Kind = RevisionEntryKind.File, Length = bytes.Length, Content = bytes };
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var cut = path.LastIndexOf('/'); cut > 0; cut = path.LastIndexOf('/', cut - 1))
        {
            yield return path[..cut];
        }
    }
}
