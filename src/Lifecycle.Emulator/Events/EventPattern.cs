using System.Text.Json;
using Lifecycle.Emulator.Wire;

namespace Lifecycle.Emulator.Events;

/// <summary>
/// An EventBridge event pattern (EventBridge user guide, "Event patterns"): each field of the pattern names a field
/// of the event; a list matches when the event's value (or any element of an event list) equals one of its values;
/// an object descends into the event. Content filters: <c>prefix</c>, <c>anything-but</c> (a value or a list) and
/// <c>exists</c>. Other filters (numeric, wildcard, suffix, equals-ignore-case, $or) are refused when the rule is put.
/// </summary>
internal static class EventPattern
{
    /// <summary>Reads and checks a pattern once, when its rule is put; events are matched against what it returns.</summary>
    public static JsonElement Parse(string pattern)
    {
        try
        {
            using var document = JsonDocument.Parse(pattern, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("the pattern must be a JSON object");
            }

            CheckObject(document.RootElement);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw Invalid($"it is not valid JSON ({e.Message})");
        }
    }

    private static void CheckObject(JsonElement pattern)
    {
        foreach (var field in pattern.EnumerateObject())
        {
            switch (field.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    CheckObject(field.Value);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in field.Value.EnumerateArray())
                    {
                        if (item.ValueKind == JsonValueKind.Object && !item.EnumerateObject().All(f => f.Name is "prefix" or "anything-but" or "exists"))
                        {
                            throw Invalid($"the filter {item.GetRawText()} of {field.Name} is not one the emulator matches (prefix, anything-but, exists)");
                        }

                        if (item.ValueKind is JsonValueKind.Array)
                        {
                            throw Invalid($"{field.Name} holds a list inside a list");
                        }
                    }

                    break;
                default:
                    throw Invalid($"the value of {field.Name} must be a list or an object");
            }
        }
    }

    private static ServiceError Invalid(string why) => new("InvalidEventPatternException", $"Event pattern is not valid. Reason: {why}.");

    public static bool Matches(JsonElement pattern, JsonElement @event) => MatchesObject(pattern, @event);

    private static bool MatchesObject(JsonElement pattern, JsonElement @event)
    {
        foreach (var field in pattern.EnumerateObject())
        {
            JsonElement value = default;
            var present = @event.ValueKind == JsonValueKind.Object && @event.TryGetProperty(field.Name, out value);
            if (field.Value.ValueKind == JsonValueKind.Object)
            {
                if (!present || !MatchesObject(field.Value, value))
                {
                    return false;
                }

                continue;
            }

            var values = !present ? [] : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            if (!field.Value.EnumerateArray().Any(rule => MatchesRule(rule, values, present)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesRule(JsonElement rule, List<JsonElement> values, bool present)
    {
        if (rule.ValueKind != JsonValueKind.Object)
        {
            return values.Any(v => Same(v, rule));
        }

        foreach (var filter in rule.EnumerateObject())
        {
            var ok = filter.Name switch
            {
                "exists" => present == (filter.Value.ValueKind == JsonValueKind.True),
                "prefix" => values.Any(v => v.ValueKind == JsonValueKind.String && filter.Value.ValueKind == JsonValueKind.String
                    && v.GetString()!.StartsWith(filter.Value.GetString()!, StringComparison.Ordinal)),
                "anything-but" => present && values.All(v => filter.Value.ValueKind == JsonValueKind.Array
                    ? !filter.Value.EnumerateArray().Any(x => Same(v, x)) : !Same(v, filter.Value)),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(JsonElement a, JsonElement b) => (a.ValueKind, b.ValueKind) switch
    {
        (JsonValueKind.String, JsonValueKind.String) => a.GetString() == b.GetString(),
        (JsonValueKind.Number, JsonValueKind.Number) => a.GetDouble() == b.GetDouble(),
        (JsonValueKind.True, JsonValueKind.True) or (JsonValueKind.False, JsonValueKind.False) or (JsonValueKind.Null, JsonValueKind.Null) => true,
        _ => false,
    };
}
