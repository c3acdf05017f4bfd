using Lifecycle.Core.CodeDeploy.Revisions;

namespace Lifecycle.Core.Tests.CodeDeploy.Revisions;

public class RevisionEntryTests
{
    [Fact]
    public void AnEntryListedWithoutItsBytes_IsCheckedForPresenceOnly()
    {
        var spec = RevisionCheckerTests.Read("version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n    - location: run.sh\n");
        var unread = RevisionContents.Create([new RevisionEntry { Path = "run.sh", Kind = RevisionEntryKind.File, Length = 120 }]);

        var report = RevisionChecker.Check(spec, "appspec.yml", unread);

        Assert.True(unread.Find("run.sh")!.Content.IsEmpty);
        Assert.Empty(report.AppSpec);
        Assert.Empty(report.Files);
    }
}
