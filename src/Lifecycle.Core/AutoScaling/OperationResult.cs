using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// The outcome of a call on a <see cref="LifecycleHookRegistry"/>: the value on success, or the
/// <see cref="Error"/> the service would return; and every <see cref="Diagnostic"/> either way
/// (warnings can accompany a success). Failures a caller can cause never throw.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class OperationResult<T>
{
    private readonly T _value;

    private OperationResult(T value, AutoScalingError? error, IReadOnlyList<Diagnostic> diagnostics)
    {
        _value = value;
        Error = error;
        Diagnostics = diagnostics;
    }

    /// <summary>True when the call succeeded.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The error the service would return; null on success.</summary>
    public AutoScalingError? Error { get; }

    /// <summary>Every finding about the request.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The value. Throws <see cref="InvalidOperationException"/> with the error when the call failed.</summary>
    public T Value => Error is null ? _value : throw new InvalidOperationException(Error.ToString());

    internal static OperationResult<T> Success(T value, IReadOnlyList<Diagnostic> diagnostics) => new(value, null, diagnostics);

    internal static OperationResult<T> Failure(string errorCode, IReadOnlyList<Diagnostic> diagnostics)
    {
        var first = diagnostics.First(d => d.IsError);
        return new OperationResult<T>(default!, new AutoScalingError(errorCode, first.Message), diagnostics);
    }

    internal static OperationResult<T> Failure(string errorCode, Diagnostic diagnostic) => Failure(errorCode, [diagnostic]);

    /// <inheritdoc />
    public override string ToString() => Error?.ToString() ?? $"Succeeded: {_value}";
}
