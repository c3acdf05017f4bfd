using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lifecycle.Core.Diagnostics;

/// <summary>
/// A value type written as the plain string AWS writes (its <c>ToString</c>), and read back with its own <c>Parse</c>:
/// a value its rules refuse is a <see cref="JsonException"/> whose message is the refusal's (the rule's code and words).
/// One converter for every string value type of both halves.
/// </summary>
internal sealed class ParsableJsonConverter<T> : JsonConverter<T>
    where T : struct, IParsable<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"{typeof(T).Name} is written as a JSON string, not {reader.TokenType}.");
        }

        try
        {
            return T.Parse(reader.GetString()!, null);
        }
        catch (FormatException e)
        {
            throw new JsonException($"{typeof(T).Name}: {e.Message}", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
