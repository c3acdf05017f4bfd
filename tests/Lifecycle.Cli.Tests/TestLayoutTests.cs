using Lifecycle.Tests.Shared;

namespace Lifecycle.Cli.Tests;

/// <summary>The tests mirror the tool: each folder of tests is a folder of src/Lifecycle.Cli and declares its namespace (the tool has no public types).</summary>
public class TestLayoutTests
{
    [Fact]
    public void EveryTestFolder_IsAFolderOfTheTool_AndEveryFileDeclaresItsNamespace()
    {
        var wrong = TestLayout.FilesOutOfPlace("Lifecycle.Cli");

        Assert.True(wrong is [], string.Join("\n", wrong));
    }
}
