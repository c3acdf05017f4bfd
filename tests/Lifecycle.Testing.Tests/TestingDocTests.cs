using Lifecycle.Tests.Shared;

namespace Lifecycle.Testing.Tests;

/// <summary>docs/testing.md shows the code that <see cref="DrainHandlerExampleTests"/> runs, line for line.</summary>
public class TestingDocTests
{
    [Fact]
    public void TheDocsExample_IsTheTestedCode()
    {
        var doc = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "testing.md"));
        var start = doc.IndexOf("```csharp", StringComparison.Ordinal) + "```csharp".Length;
        var example = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        var tested = File.ReadAllLines(Path.Combine(SharedFolder.RepositoryRoot, "tests", "Lifecycle.Testing.Tests", "DrainHandlerExampleTests.cs"))
            .Select(l => l.Trim())
            .ToHashSet(StringComparer.Ordinal);

        // The example's one-line guard is written with braces in the test; every other line is there as written.
        var missing = example.Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal) && !l.EndsWith(") return;", StringComparison.Ordinal))
            .Select(l => l.StartsWith("static async", StringComparison.Ordinal) ? "private " + l : l)
            .Where(l => !tested.Contains(l))
            .ToList();
        Assert.Empty(missing);
    }
}
