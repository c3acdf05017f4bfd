using System.Text.RegularExpressions;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests;

/// <summary>Names that hold: no namespace shadows the root, one Yaml namespace, every file's namespace is its folder, no file over 400 lines.</summary>
public partial class NamespaceTests
{
    [Fact]
    public void NoNamespace_ShadowsTheRoot_AndThereIsOneYamlNamespace()
    {
        var namespaces = typeof(LifecycleHookRegistry).Assembly.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("Lifecycle.Core", StringComparison.Ordinal)).Distinct().ToList();

        Assert.DoesNotContain(namespaces, n => n.Split('.').Skip(2).Contains("Lifecycle"));
        Assert.Equal(["Lifecycle.Core.Yaml"], namespaces.Where(n => n.Split('.').Contains("Yaml")).Distinct());
    }

    [Fact]
    public void EverySourceFile_DeclaresTheNamespaceOfItsFolder()
    {
        var root = Path.Combine(SharedFolder.RepositoryRoot, "src", "Lifecycle.Core");
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
            var expected = folder == "." ? "Lifecycle.Core" : "Lifecycle.Core." + folder.Replace(Path.DirectorySeparatorChar, '.');
            var declared = Declared().Match(File.ReadAllText(file)).Groups[1].Value;
            if (declared != expected)
            {
                wrong.Add($"{Path.GetRelativePath(root, file)}: {declared}, not {expected}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void NoSourceFile_IsOver400Lines()
    {
        var separator = Path.DirectorySeparatorChar;
        var tooLong = new[] { "src", "tests", "benchmarks" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(SharedFolder.RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(SharedFolder.RepositoryRoot, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > 400)
            .ToList();

        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong.Select(f => $"{f.File}: {f.Lines} lines")));
    }

    [GeneratedRegex(@"(?m)^namespace ([\w.]+);")]
    private static partial Regex Declared();
}
