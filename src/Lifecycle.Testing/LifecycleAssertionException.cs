namespace Lifecycle.Testing;

/// <summary>
/// What <see cref="LifecycleAssert"/> throws when an expectation does not hold. Every test framework reports an
/// exception from a test as its failure, so the kit depends on none; the message says what happened instead.
/// </summary>
public sealed class LifecycleAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected, and what happened.</param>
    public LifecycleAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with nothing to say; prefer the message.</summary>
    public LifecycleAssertionException()
    {
    }

    /// <summary>Creates the exception around another.</summary>
    /// <param name="message">What was expected, and what happened.</param>
    /// <param name="innerException">The cause.</param>
    public LifecycleAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
