using Lifecycle.Tests.Shared;

namespace Lifecycle.Emulator.Tests;

/// <summary>The tests mirror the library: folders, namespaces, and a test class for each public type (see tests/Shared/TestLayout.cs).</summary>
public class TestLayoutTests
{
    [Fact]
    public void EveryTestFolder_IsAFolderOfTheLibrary_AndEveryFileDeclaresItsNamespace()
    {
        var wrong = TestLayout.FilesOutOfPlace("Lifecycle.Emulator");

        Assert.True(wrong is [], string.Join("\n", wrong));
    }

    [Fact]
    public void EveryPublicType_HasATestClassOfItsName_InTheFolderOfItsNamespace()
    {
        var missing = TestLayout.TypesWithoutTheirTestClass(typeof(LifecycleEmulator).Assembly, typeof(TestLayoutTests).Assembly);

        Assert.True(missing is [], "Without a test class: " + string.Join(", ", missing));
    }
}
