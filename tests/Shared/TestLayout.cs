using System.Reflection;
using System.Text.RegularExpressions;

namespace Lifecycle.Tests.Shared;

/// <summary>
/// The rules every test project keeps: its folders are folders of its library and declare their namespace, and
/// each public type of the library has a test class of its name in the folder of its namespace.
/// </summary>
internal static partial class TestLayout
{
    /// <summary>The library's public types without a test class <c>{Namespace}.Tests.{Folder}.{Name}Tests</c>.</summary>
    public static List<string> TypesWithoutTheirTestClass(Assembly library, Assembly tests)
    {
        var root = library.GetName().Name!;
        var testClasses = tests.GetTypes().Select(t => t.FullName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. library.GetExportedTypes()
            .Select(t => (Type: t.FullName!.Split('`')[0], Test: root + ".Tests" + t.Namespace![root.Length..] + "." + t.Name.Split('`')[0] + "Tests"))
            .Where(t => !testClasses.Contains(t.Test))
            .Select(t => t.Type)
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Test files in a folder the library does not have, or declaring another namespace than their folder's.</summary>
    public static List<string> FilesOutOfPlace(string project)
    {
        var tests = Path.Combine(SharedFolder.RepositoryRoot, "tests", project + ".Tests");
        var library = Path.Combine(SharedFolder.RepositoryRoot, "src", project);
        var separator = Path.DirectorySeparatorChar;
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal)))
        {
            var folder = Path.GetRelativePath(tests, Path.GetDirectoryName(file)!);
            if (folder != "." && !Directory.Exists(Path.Combine(library, folder)))
            {
                wrong.Add($"{folder}: src/{project} has no such folder");
            }

            var expected = project + ".Tests" + (folder == "." ? string.Empty : "." + folder.Replace(separator, '.'));
            var declared = Declared().Match(File.ReadAllText(file)).Groups[1].Value;
            if (declared != expected)
            {
                wrong.Add($"{Path.GetRelativePath(tests, file)}: {declared}, not {expected}");
            }
        }

        return [.. wrong.Distinct()];
    }

    [GeneratedRegex(@"(?m)^namespace ([\w.]+);")]
    private static partial Regex Declared();
}
