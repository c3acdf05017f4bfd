namespace Lifecycle.Tests.Shared;

/// <summary>
/// Finds <c>../shared</c> beside the checkout (the specifications and the corpus of real files). Tests that
/// need it are skipped with a message where it is absent.
/// </summary>
internal static class SharedFolder
{
    public const string MissingMessage = "../shared (the corpus beside the checkout) is absent; corpus tests are skipped.";

    // RepositoryRoot comes first: static initializers run in declaration order and Path needs it.
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? Path { get; } = Find();

    public static string? Corpus => Path is null ? null : System.IO.Path.Combine(Path, "corpus");

    private static string? Find()
    {
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(System.IO.Path.Combine(candidate, "corpus")) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Lifecycle.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Lifecycle.Core.sln not found above the test assembly.");
    }
}

/// <summary>A fact that needs ../shared: skipped with a message where it is absent.</summary>
internal sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (SharedFolder.Path is null)
        {
            Skip = SharedFolder.MissingMessage;
        }
    }
}

/// <summary>A theory that needs ../shared: skipped with a message where it is absent.</summary>
internal sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (SharedFolder.Path is null)
        {
            Skip = SharedFolder.MissingMessage;
        }
    }
}
