namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// The error the Auto Scaling service would return for a failed call: its error code
/// (<c>ValidationError</c>, <c>LimitExceeded</c>) and a message (reference §1.12).
/// </summary>
/// <param name="Code">The AWS error code.</param>
/// <param name="Message">What went wrong.</param>
public sealed record AutoScalingError(string Code, string Message)
{
    /// <summary>The AWS common error for a request the service refuses (HTTP 400).</summary>
    public const string ValidationError = "ValidationError";

    /// <summary>The modelled fault for a quota reached, such as 50 hooks in a group (HTTP 400).</summary>
    public const string LimitExceeded = "LimitExceeded";

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
