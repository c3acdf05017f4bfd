using System.Text.Json;

namespace Lifecycle.Emulator.Wire;

/// <summary>JSON-protocol answers: a body written member by member, and the error shape <c>{"__type": ..., "message": ...}</c>.</summary>
internal static class JsonAnswer
{
    public static byte[] Write(Action<Utf8JsonWriter> members)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            members(w);
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static byte[] Empty { get; } = "{}"u8.ToArray();

    /// <summary>The error body; <paramref name="typePrefix"/> is the shape namespace some services put before the code (com.amazonaws.sqs#).</summary>
    public static byte[] Error(ServiceError error, string typePrefix) => Write(w =>
    {
        w.WriteString("__type", typePrefix + error.Code);
        w.WriteString("message", error.Message);
    });
}
