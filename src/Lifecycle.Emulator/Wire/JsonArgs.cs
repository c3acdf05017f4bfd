using System.Text.Json;

namespace Lifecycle.Emulator.Wire;

/// <summary>
/// The members of a JSON-protocol request body (SQS, EventBridge), read by name with their types checked: a
/// member of the wrong JSON type is a SerializationException (400), as the AWS JSON protocols answer it.
/// </summary>
internal readonly struct JsonArgs(JsonElement root)
{
    public static JsonArgs Parse(ReadOnlyMemory<byte> body, out JsonDocument document)
    {
        try
        {
            document = JsonDocument.Parse(body.IsEmpty ? "{}"u8.ToArray() : body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            throw new ServiceError("SerializationException", $"The request body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new ServiceError("SerializationException", "The request body must be a JSON object of the operation's members.");
        }

        return new JsonArgs(document.RootElement);
    }

    private JsonElement? Member(string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public bool Has(string name) => Member(name) is not null;

    public string? String(string name) => Member(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        _ => throw WrongType(name, "a string"),
    };

    public string Required(string name) => String(name) ?? throw ServiceError.MissingParameter(name);

    public int? Int(string name) => Member(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt32(out var n) => n,
        _ => throw WrongType(name, "a whole number"),
    };

    public bool? Bool(string name) => Member(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw WrongType(name, "true or false"),
    };

    public List<string> Strings(string name) => Member(name) switch
    {
        null => [],
        { ValueKind: JsonValueKind.Array } v => [.. v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw WrongType(name, "a list of strings"))],
        _ => throw WrongType(name, "a list of strings"),
    };

    public List<JsonArgs> Objects(string name) => Member(name) switch
    {
        null => [],
        { ValueKind: JsonValueKind.Array } v => [.. v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? new JsonArgs(e) : throw WrongType(name, "a list of objects"))],
        _ => throw WrongType(name, "a list of objects"),
    };

    public JsonArgs? Object(string name) => Member(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Object } v => new JsonArgs(v),
        _ => throw WrongType(name, "an object"),
    };

    public Dictionary<string, string> StringMap(string name) => Member(name) switch
    {
        null => new(StringComparer.Ordinal),
        { ValueKind: JsonValueKind.Object } v => v.EnumerateObject().ToDictionary(
            p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : throw WrongType($"{name}.{p.Name}", "a string"), StringComparer.Ordinal),
        _ => throw WrongType(name, "a map of strings"),
    };

    public IEnumerable<(string Name, JsonArgs Value)> ObjectMap(string name) => Member(name) switch
    {
        null => [],
        { ValueKind: JsonValueKind.Object } v => v.EnumerateObject().Select(p =>
            (p.Name, p.Value.ValueKind == JsonValueKind.Object ? new JsonArgs(p.Value) : throw WrongType($"{name}.{p.Name}", "an object"))).ToList(),
        _ => throw WrongType(name, "a map of objects"),
    };

    public byte[]? Base64(string name)
    {
        if (String(name) is not { } text)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw WrongType(name, "base64 text");
        }
    }

    private static ServiceError WrongType(string name, string expected) =>
        new("SerializationException", $"The member {name} must be {expected}.");
}
