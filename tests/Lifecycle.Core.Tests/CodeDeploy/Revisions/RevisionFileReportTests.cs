using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Revisions;
using static Lifecycle.Core.Tests.CodeDeploy.Revisions.RevisionCheckerTests;

namespace Lifecycle.Core.Tests.CodeDeploy.Revisions;

public class RevisionFileReportTests
{
    [Fact]
    public void Files_AreInPathOrder_EachScriptOnce_WithItsFindingsInLineOrder()
    {
        var spec = Read("version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - location: z.sh\n  AfterInstall:\n    - location: a.sh\n  ApplicationStart:\n    - location: /a.sh\n");
        var report = RevisionChecker.Check(spec, "appspec.yml", Revision(("z.sh", "./one &\n"), ("a.sh", "x\n./two &\n./three &\n")));

        Assert.Equal(["a.sh", "z.sh"], report.Files.Select(f => f.Path));
        Assert.Equal([1, 2, 3], report.Files[0].Diagnostics.Select(d => d.Span!.Value.Line));
        Assert.Equal(
            [AppSpecDiagnosticCodes.NoShebang, AppSpecDiagnosticCodes.BackgroundHoldsOutput, AppSpecDiagnosticCodes.BackgroundHoldsOutput],
            report.Files[0].Diagnostics.Select(d => d.Code));
    }
}
