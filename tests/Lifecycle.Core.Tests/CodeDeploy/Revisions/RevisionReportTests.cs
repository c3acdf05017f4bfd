using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Revisions;
using static Lifecycle.Core.Tests.CodeDeploy.Revisions.RevisionCheckerTests;

namespace Lifecycle.Core.Tests.CodeDeploy.Revisions;

public class RevisionReportTests
{
    private const string TwoScripts = "version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - location: b.sh\n  AfterInstall:\n    - location: a.sh\n";

    [Fact]
    public void IsValid_IsFalse_ForAnErrorInTheAppSpecOrInAScript()
    {
        var missing = RevisionChecker.Check(Read(TwoScripts), "appspec.yml", Revision(("a.sh", "#!/bin/sh\n")));
        var crlf = RevisionChecker.Check(Read(TwoScripts), "appspec.yml", Revision(("a.sh", "#!/bin/sh\r\n"), ("b.sh", "#!/bin/sh\n")));
        var warned = RevisionChecker.Check(Read(TwoScripts), "appspec.yml", Revision(("a.sh", "./x &\n"), ("b.sh", "#!/bin/sh\n")));

        Assert.False(missing.IsValid);
        Assert.False(crlf.IsValid);
        Assert.True(warned.IsValid);
        Assert.NotEmpty(warned.Files);
    }
}
