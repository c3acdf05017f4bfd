using System.Text.Json.Nodes;

namespace Lifecycle.Core.Schemas;

/// <summary>Small builders for JSON Schema (draft-07) nodes, so that each schema reads as what it says.</summary>
internal static class SchemaNodes
{
    public const string Draft07 = "http://json-schema.org/draft-07/schema#";

    /// <summary>The root of a schema: its id, title and description, then the body's other keys (the root's description wins).</summary>
    public static JsonObject Root(string name, string title, string description, JsonObject body)
    {
        var root = new JsonObject
        {
            ["$schema"] = Draft07,
            ["$id"] = $"urn:lifecycle-core:schema:{name}",
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            if (!root.ContainsKey(key))
            {
                root.Add(key, value);
            }
        }

        return root;
    }

    /// <summary>An object with the given properties; <paramref name="closed"/> refuses any other key.</summary>
    public static JsonObject Object(string description, JsonObject properties, string[]? required = null, bool closed = false)
    {
        var node = new JsonObject { ["type"] = "object", ["description"] = description, ["properties"] = properties };
        if (required is { Length: > 0 })
        {
            node["required"] = Array(required);
        }

        if (closed)
        {
            node["additionalProperties"] = false;
        }

        return node;
    }

    public static JsonObject String(string description, int? minLength = null, int? maxLength = null, string? pattern = null)
    {
        var node = new JsonObject { ["type"] = "string", ["description"] = description };
        if (minLength is { } min)
        {
            node["minLength"] = min;
        }

        if (maxLength is { } max)
        {
            node["maxLength"] = max;
        }

        if (pattern is not null)
        {
            node["pattern"] = pattern;
        }

        return node;
    }

    public static JsonObject Integer(string description, long? minimum = null, long? maximum = null)
    {
        var node = new JsonObject { ["type"] = "integer", ["description"] = description };
        if (minimum is { } min)
        {
            node["minimum"] = min;
        }

        if (maximum is { } max)
        {
            node["maximum"] = max;
        }

        return node;
    }

    public static JsonObject Boolean(string description) => new() { ["type"] = "boolean", ["description"] = description };

    public static JsonObject Enum(string description, IEnumerable<string> values) =>
        new() { ["type"] = "string", ["enum"] = Array(values), ["description"] = description };

    public static JsonObject ArrayOf(string description, JsonNode items, int? minItems = null, int? maxItems = null)
    {
        var node = new JsonObject { ["type"] = "array", ["description"] = description, ["items"] = items };
        if (minItems is { } min)
        {
            node["minItems"] = min;
        }

        if (maxItems is { } max)
        {
            node["maxItems"] = max;
        }

        return node;
    }

    /// <summary>Any of the given schemas, with one description for people.</summary>
    public static JsonObject AnyOf(string description, params JsonNode[] schemas) =>
        new() { ["description"] = description, ["anyOf"] = new JsonArray(schemas) };

    /// <summary>The JSON null, as YAML writes an empty value (<c>key:</c>, <c>~</c>, <c>null</c>).</summary>
    public static JsonObject Null() => new() { ["type"] = "null" };

    public static JsonObject Ref(string definition) => new() { ["$ref"] = $"#/definitions/{definition}" };

    public static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    /// <summary>A copy of <paramref name="schema"/> with its own description.</summary>
    public static JsonObject Described(JsonObject schema, string description)
    {
        var copy = (JsonObject)schema.DeepClone();
        copy["description"] = description;
        return copy;
    }
}
