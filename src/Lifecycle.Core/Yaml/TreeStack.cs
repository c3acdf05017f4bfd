using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Yaml;

/// <summary>
/// The tree readers keep the children of the collections being read on one stack; a finished collection takes
/// its own off it, into an array of exactly its size.
/// </summary>
internal static class TreeStack
{
    public static T[] Pop<T>(List<T> stack, int first)
    {
        var count = stack.Count - first;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        stack.CopyTo(first, items, 0, count);
        stack.RemoveRange(first, count);
        return items;
    }
}

/// <summary>Thrown inside a tree reader when the document passes a bound of its profile; never leaves the reader.</summary>
internal sealed class TreeLimitExceededException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
