using System.Text.Json;
using Lifecycle.Core.CodeDeploy.Revisions;

namespace Lifecycle.Core.Tests.CodeDeploy.Revisions;

public class RevisionEntryKindTests
{
    [Theory]
    [InlineData(RevisionEntryKind.File, "\"File\"")]
    [InlineData(RevisionEntryKind.Directory, "\"Directory\"")]
    public void Json_IsTheKindsName(RevisionEntryKind kind, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(kind));
        Assert.Equal(kind, JsonSerializer.Deserialize<RevisionEntryKind>(json));
    }
}
