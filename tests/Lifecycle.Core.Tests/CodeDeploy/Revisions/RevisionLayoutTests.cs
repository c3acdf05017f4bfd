using Lifecycle.Core.CodeDeploy.Revisions;

namespace Lifecycle.Core.Tests.CodeDeploy.Revisions;

/// <summary>Which AppSpec the agent reads, and from which folder (reference §1.1).</summary>
public class RevisionLayoutTests
{
    [Theory]
    [InlineData(new[] { "appspec.yml", "appspec.yaml" }, "appspec.yml")]
    [InlineData(new[] { "appspec.yaml" }, "appspec.yaml")]
    [InlineData(new[] { "appspec.json", "appspec.yaml" }, "appspec.yaml")]
    [InlineData(new[] { "appspec.json" }, null)]
    [InlineData(new[] { "AppSpec.yml" }, null)]
    public void AppSpecName_IsTheFileTheAgentReads(string[] names, string? read)
    {
        Assert.Equal(read, RevisionLayout.AppSpecName(names));
    }

    [Theory]
    [InlineData(new[] { "app" }, true, new[] { "appspec.yml", "scripts" }, "app")]
    [InlineData(new[] { "app" }, true, new[] { "AppSpec.yaml" }, "app")]
    [InlineData(new[] { "app" }, true, new[] { "scripts" }, "")]
    [InlineData(new[] { "app" }, false, new[] { "appspec.yml" }, "")]
    [InlineData(new[] { "app", "appspec.yml" }, true, new[] { "appspec.yml" }, "")]
    public void Root_StripsASingleFolderThatHoldsAnAppSpec(string[] rootNames, bool isFolder, string[] inside, string root)
    {
        Assert.Equal(root, RevisionLayout.Root(rootNames, _ => isFolder, _ => inside));
    }
}
