using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lifecycle.Core.AutoScaling.Json;

/// <summary>
/// HeartbeatTimeout as AWS writes it, a whole number of seconds, read back with the same rule as the request's: a value
/// AWS would refuse is a <see cref="JsonException"/> whose message is the diagnostic's. (The string value types share
/// <c>ParsableJsonConverter</c>.)
/// </summary>
internal sealed class HeartbeatTimeoutJsonConverter : JsonConverter<HeartbeatTimeout>
{
    public override HeartbeatTimeout Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var seconds))
        {
            throw new JsonException($"HeartbeatTimeout is a whole number of seconds, not {reader.TokenType}.");
        }

        var read = HeartbeatTimeout.Read(seconds);
        return read.TryGetValue(out var timeout)
            ? timeout
            : throw new JsonException($"HeartbeatTimeout: {string.Join(" ", read.Diagnostics.Select(d => $"{d.Code} {d.Message}"))}");
    }

    public override void Write(Utf8JsonWriter writer, HeartbeatTimeout value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Seconds);
}
