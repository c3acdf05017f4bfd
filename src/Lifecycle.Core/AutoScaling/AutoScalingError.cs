using System.Text.Json.Serialization;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// The error the Auto Scaling service would return for a failed call: its error code
/// (<c>ValidationError</c>, <c>LimitExceeded</c>) and a message. Which code a finding gives is the
/// <see cref="DiagnosticRule.AwsErrorCode"/> of its rule in <see cref="DiagnosticRules"/>.
/// </summary>
public sealed record AutoScalingError
{
    /// <summary>The AWS common error for a request the service refuses (HTTP 400).</summary>
    public const string ValidationError = "ValidationError";

    /// <summary>The modelled fault for a quota reached, such as 50 hooks in a group (HTTP 400).</summary>
    public const string LimitExceeded = "LimitExceeded";

    [JsonConstructor]
    internal AutoScalingError(string code, string message)
    {
        Code = code;
        Message = message;
    }

    /// <summary>The AWS error code.</summary>
    public string Code { get; init; }

    /// <summary>What went wrong, as the message of the error.</summary>
    public string Message { get; init; }

    /// <summary>The error the service answers a failed call with: the first error's rule gives the code, its message the message.</summary>
    /// <typeparam name="T">The type of the call's value.</typeparam>
    /// <param name="result">The outcome of a call.</param>
    /// <returns>The error, or null when the call succeeded.</returns>
    public static AutoScalingError? Of<T>(Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return null;
        }

        var first = result.Errors.First();
        var code = DiagnosticRules.TryGet(first.Code, out var rule) && rule.AwsErrorCode is { } aws ? aws : ValidationError;
        return new AutoScalingError(code, first.Message);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
