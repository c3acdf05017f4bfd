namespace Lifecycle.Emulator.Wire;

/// <summary>
/// An error a service answers with, in every protocol: the code AWS gives (in the query protocol's
/// <c>&lt;Code&gt;</c>, the JSON protocol's <c>__type</c>), the message, the HTTP status, and for SQS's JSON
/// protocol the older query code that <c>x-amzn-query-error</c> carries.
/// </summary>
internal sealed class ServiceError(string code, string message, int status = 400, string? queryCode = null, bool senderFault = true)
    : Exception(message)
{
    /// <summary>The error code (ValidationError, QueueDoesNotExist).</summary>
    public string Code { get; } = code;

    /// <summary>The HTTP status: 4xx for the caller's mistakes.</summary>
    public int Status { get; } = status;

    /// <summary>The query protocol's code where it differs (AWS.SimpleQueueService.NonExistentQueue), else null.</summary>
    public string? QueryCode { get; } = queryCode;

    /// <summary>Sender (the caller's fault) or Receiver.</summary>
    public bool SenderFault { get; } = senderFault;

    public static ServiceError Validation(string message) => new("ValidationError", message);

    public static ServiceError MissingParameter(string name) =>
        new("MissingParameter", $"The request must contain the parameter {name}.");

    public static ServiceError InvalidParameterValue(string message) => new("InvalidParameterValue", message);

    public static ServiceError InvalidAction(string action, string service) =>
        new("InvalidAction", $"The action {action} is not valid for this web service ({service}), or the emulator does not model it. See docs/emulator.md for the operations it serves.");
}
