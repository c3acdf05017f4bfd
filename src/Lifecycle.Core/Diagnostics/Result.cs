namespace Lifecycle.Core.Diagnostics;

/// <summary>
/// The outcome of anything that can fail on user input (reading a file, checking a request, calling a simulated
/// service): the value when it succeeded, and every <see cref="Diagnostic"/> found either way (a success may still
/// carry warnings). Nothing is thrown until someone asks for the <see cref="Value"/> of a failure.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class Result<T>
{
    private readonly T _value;

    internal Result(T value, IReadOnlyList<Diagnostic> diagnostics, bool succeeded)
    {
        _value = value;
        Diagnostics = diagnostics;
        Succeeded = succeeded;
    }

    /// <summary>True when the input was turned into a value: no diagnostic is an error.</summary>
    public bool Succeeded { get; }

    /// <summary>Every finding, errors first in the order found, then warnings and infos.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The value. Throws <see cref="InvalidOperationException"/> listing the errors when it failed.</summary>
    public T Value => Succeeded
        ? _value
        : throw new InvalidOperationException(DiagnosticFormatException.Describe(Diagnostics));

    /// <summary>Gets the value without throwing.</summary>
    /// <param name="value">The value when it succeeded; the default otherwise.</param>
    /// <returns>True when it succeeded.</returns>
    public bool TryGetValue(out T value)
    {
        value = _value;
        return Succeeded;
    }

    /// <inheritdoc />
    public override string ToString() => Succeeded ? $"Succeeded: {_value}" : DiagnosticFormatException.Describe(Diagnostics);
}

/// <summary>Factories for <see cref="Result{T}"/>, for code that reports its own findings the same way.</summary>
public static class Result
{
    /// <summary>A success with the given warnings.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="warnings">Findings that are not errors; may be empty.</param>
    /// <returns>The result.</returns>
    public static Result<T> Success<T>(T value, IReadOnlyList<Diagnostic>? warnings = null)
    {
        warnings ??= [];
        if (warnings.Any(d => d.IsError))
        {
            throw new ArgumentException("A success cannot carry an error diagnostic.", nameof(warnings));
        }

        return new Result<T>(value, warnings, succeeded: true);
    }

    /// <summary>A failure with at least one error.</summary>
    /// <typeparam name="T">The type of the value that could not be made.</typeparam>
    /// <param name="diagnostics">The findings; at least one is an error.</param>
    /// <returns>The result.</returns>
    public static Result<T> Failure<T>(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!diagnostics.Any(d => d.IsError))
        {
            throw new ArgumentException("A failure needs at least one error diagnostic.", nameof(diagnostics));
        }

        return new Result<T>(default!, diagnostics, succeeded: false);
    }

    /// <summary>A success with no finding, for the hot paths that have checked everything already.</summary>
    internal static Result<T> Ok<T>(T value) => new(value, [], succeeded: true);

    /// <summary>A failure with one error.</summary>
    internal static Result<T> Failure<T>(Diagnostic error) => Failure<T>([error]);

    /// <summary>A success when <paramref name="diagnostics"/> has no error, else a failure.</summary>
    internal static Result<T> From<T>(IReadOnlyList<Diagnostic> diagnostics, Func<T> create) =>
        diagnostics.Any(d => d.IsError) ? Failure<T>(diagnostics) : new Result<T>(create(), diagnostics, succeeded: true);
}
