using System.Text.RegularExpressions;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests;

/// <summary>
/// The tests mirror the library: each folder of tests is a folder of src/Lifecycle.Core and declares its namespace,
/// and each public type has a test class of its name in the folder of its namespace. The tests of the whole
/// assembly (its namespaces, its public API, its catalogues) sit at the root.
/// </summary>
public partial class TestLayoutTests
{
    private static readonly string Root = Path.Combine(SharedFolder.RepositoryRoot, "tests", "Lifecycle.Core.Tests");

    [Fact]
    public void EveryTestFolder_IsAFolderOfTheLibrary_AndEveryFileDeclaresItsNamespace()
    {
        var library = Path.Combine(SharedFolder.RepositoryRoot, "src", "Lifecycle.Core");
        var wrong = new List<string>();
        foreach (var file in SourceFiles(Root))
        {
            var folder = Path.GetRelativePath(Root, Path.GetDirectoryName(file)!);
            if (folder != "." && !Directory.Exists(Path.Combine(library, folder)))
            {
                wrong.Add($"{folder}: src/Lifecycle.Core has no such folder");
            }

            var expected = folder == "." ? "Lifecycle.Core.Tests" : "Lifecycle.Core.Tests." + folder.Replace(Path.DirectorySeparatorChar, '.');
            var declared = Declared().Match(File.ReadAllText(file)).Groups[1].Value;
            if (declared != expected)
            {
                wrong.Add($"{Path.GetRelativePath(Root, file)}: {declared}, not {expected}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Distinct()));
    }

    [Fact]
    public void EveryPublicType_HasATestClassOfItsName_InTheFolderOfItsNamespace()
    {
        var testClasses = typeof(TestLayoutTests).Assembly.GetTypes().Select(t => t.FullName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = typeof(LifecycleHookRegistry).Assembly.GetExportedTypes()
            .Select(t => (Type: t.FullName!.Split('`')[0], Test: "Lifecycle.Core.Tests" + t.Namespace!["Lifecycle.Core".Length..] + "." + t.Name.Split('`')[0] + "Tests"))
            .Where(t => !testClasses.Contains(t.Test))
            .Select(t => t.Type)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing is [], "Without a test class: " + string.Join(", ", missing));
    }

    private static IEnumerable<string> SourceFiles(string root)
    {
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?m)^namespace ([\w.]+);")]
    private static partial Regex Declared();
}
