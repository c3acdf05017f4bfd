using System.Text.Json;
using System.Text.Json.Serialization;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Json;

/// <summary>
/// Writes a value type as the plain JSON value AWS writes (<c>"drain"</c>, <c>300</c>), and reads one back with the same
/// rules as its <c>Parse</c>: a value AWS would refuse is a <see cref="JsonException"/> whose message is the diagnostic's.
/// </summary>
internal abstract class AwsValueJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var parsed = Parse(ref reader);
        return parsed.TryGetValue(out var value)
            ? value
            : throw new JsonException($"{typeof(T).Name}: {string.Join(" ", parsed.Diagnostics.Select(d => $"{d.Code} {d.Message}"))}");
    }

    protected abstract Result<T> Parse(ref Utf8JsonReader reader);

    protected static string Text(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.String
        ? reader.GetString()!
        : throw new JsonException($"{typeof(T).Name} is written as a JSON string, not {reader.TokenType}.");
}

/// <summary>A value written as its AWS string.</summary>
internal sealed class AwsStringJsonConverter<T> : AwsValueJsonConverter<T>
    where T : struct, IAwsStringValue<T>
{
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

    protected override Result<T> Parse(ref Utf8JsonReader reader) => AwsStringValue.Read<T>(Text(ref reader));
}

/// <summary>HeartbeatTimeout as AWS writes it: a whole number of seconds.</summary>
internal sealed class HeartbeatTimeoutJsonConverter : AwsValueJsonConverter<HeartbeatTimeout>
{
    public override void Write(Utf8JsonWriter writer, HeartbeatTimeout value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Seconds);

    protected override Result<HeartbeatTimeout> Parse(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var seconds)
            ? HeartbeatTimeout.Read(seconds)
            : throw new JsonException($"HeartbeatTimeout is a whole number of seconds, not {reader.TokenType}.");
}
