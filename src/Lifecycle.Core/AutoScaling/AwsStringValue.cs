using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// A constrained value that AWS writes as a string. The type says only its rule and how to wrap a checked value;
/// parsing, <see cref="IParsable{TSelf}"/> and JSON are written once, in <see cref="AwsStringValue"/>.
/// </summary>
internal interface IAwsStringValue<TSelf> : IParsable<TSelf>
    where TSelf : struct, IAwsStringValue<TSelf>
{
    /// <summary>The findings of the type's rule about a candidate value; none that is an error when it is valid.</summary>
    static abstract IReadOnlyList<Diagnostic> Check(string? value);

    /// <summary>Wraps a value that passed <see cref="Check"/>.</summary>
    static abstract TSelf Wrap(string value);

    static TSelf IParsable<TSelf>.Parse(string s, IFormatProvider? provider) => AwsStringValue.Parse<TSelf>(s);

    static bool IParsable<TSelf>.TryParse(string? s, IFormatProvider? provider, out TSelf result) => AwsStringValue.TryParse(s, out result);
}

/// <summary>.NET's parsing habit for every <see cref="IAwsStringValue{TSelf}"/>: Parse throws, TryParse does not, Read reports.</summary>
internal static class AwsStringValue
{
    public static T Parse<T>(string s)
        where T : struct, IAwsStringValue<T>
    {
        ArgumentNullException.ThrowIfNull(s);
        var diagnostics = T.Check(s);
        return HasError(diagnostics) ? throw new DiagnosticFormatException(diagnostics) : T.Wrap(s);
    }

    public static bool TryParse<T>(string? s, out T result)
        where T : struct, IAwsStringValue<T>
    {
        if (s is not null && !HasError(T.Check(s)))
        {
            result = T.Wrap(s);
            return true;
        }

        result = default;
        return false;
    }

    public static Result<T> Read<T>(string? s)
        where T : struct, IAwsStringValue<T> => Result.From(T.Check(s), () => T.Wrap(s!));

    private static bool HasError(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                return true;
            }
        }

        return false;
    }
}
