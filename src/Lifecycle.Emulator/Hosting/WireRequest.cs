using Lifecycle.Emulator.Wire;

namespace Lifecycle.Emulator.Hosting;

/// <summary>Which of AWS's wire protocols a request speaks.</summary>
internal enum WireProtocol
{
    /// <summary>Form-encoded parameters with Action and Version; XML answers.</summary>
    Query,

    /// <summary>A JSON body named by X-Amz-Target; JSON answers.</summary>
    Json,
}

/// <summary>One request, read: its operation, protocol, parameters or JSON body, and the request id its answer carries.</summary>
internal sealed class WireRequest
{
    public required string Operation { get; init; }

    public required WireProtocol Protocol { get; init; }

    public required string RequestId { get; init; }

    /// <summary>The query protocol's parameters (empty for JSON).</summary>
    public QueryParameters Parameters { get; init; } = QueryParameters.Parse([]);

    /// <summary>The JSON protocol's body.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The request path: SQS's query protocol may name the queue by posting to its URL.</summary>
    public string Path { get; init; } = "/";
}

/// <summary>An answer: status, content type, body, and extra headers.</summary>
internal sealed record WireResponse(int Status, string ContentType, byte[] Body, string? QueryError = null)
{
    public const string Xml = "text/xml";

    public static WireResponse XmlOk(byte[] body) => new(200, Xml, body);
}
