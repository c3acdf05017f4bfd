using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests;

/// <summary>
/// A value's Parse as a <see cref="Result{T}"/>, so that tests assert on the diagnostics a refused value carries:
/// what <see cref="DiagnosticFormatException"/> holds when Parse throws.
/// </summary>
internal static class ValueParsing
{
    public static Result<T> Read<T>(string text)
        where T : IParsable<T>
    {
        try
        {
            var value = T.Parse(text, null);
            Assert.True(T.TryParse(text, null, out var again) && Equals(again, value), "TryParse disagrees with Parse.");
            return Result.Success(value);
        }
        catch (DiagnosticFormatException e)
        {
            Assert.False(T.TryParse(text, null, out _), "TryParse accepts what Parse refuses.");
            return Result.Failure<T>(e.Diagnostics);
        }
    }
}
