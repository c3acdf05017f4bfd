using Lifecycle.Core.CodeDeploy.Revisions;

namespace Lifecycle.Core.Tests.CodeDeploy.Revisions;

public class RevisionContentsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/a")]
    [InlineData("a/")]
    [InlineData("a//b")]
    [InlineData("a/../b")]
    [InlineData("./a")]
    public void Create_RefusesAPathThatIsNotCanonical(string path)
    {
        var refused = Assert.Throws<ArgumentException>(() => RevisionContents.Create([new RevisionEntry { Path = path, Kind = RevisionEntryKind.File }]));

        Assert.Contains($"'{path}'", refused.Message);
    }

    [Fact]
    public void Find_GivesTheEntryOfAPath_TheLastOneGivenForIt()
    {
        var contents = RevisionContents.Create(
        [
            new RevisionEntry { Path = "scripts", Kind = RevisionEntryKind.File },
            new RevisionEntry { Path = "scripts", Kind = RevisionEntryKind.Directory },
            new RevisionEntry { Path = "scripts/a.sh", Kind = RevisionEntryKind.File, Length = 3 },
        ]);

        Assert.Equal(RevisionEntryKind.Directory, contents.Find("scripts")?.Kind);
        Assert.Equal(3, contents.Find("scripts/a.sh")?.Length);
        Assert.Null(contents.Find("Scripts/a.sh"));
        Assert.Equal(2, contents.Entries.Count);
    }
}
