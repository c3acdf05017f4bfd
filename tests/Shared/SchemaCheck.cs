using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Lifecycle.Core.Schemas;

namespace Lifecycle.Tests.Shared;

/// <summary>Validates JSON against the SDK's published schemas with a real JSON Schema validator (JsonSchema.Net).</summary>
internal static class SchemaCheck
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Built = new(StringComparer.Ordinal);
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    public static JsonSchema Schema(string name) =>
        Built.GetOrAdd(name, n => JsonSchema.FromText(JsonSchemas.Get(n), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>Null when <paramref name="instance"/> is valid; otherwise the validator's errors, one a line.</summary>
    public static string? Errors(string name, JsonNode? instance)
    {
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null", new JsonDocumentOptions { MaxDepth = 4096 });
        var results = Schema(name).Evaluate(document.RootElement, Options);
        if (results.IsValid)
        {
            return null;
        }

        return string.Join("\n", (results.Details ?? []).Append(results)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")));
    }

    public static bool IsValid(string name, JsonNode? instance) => Errors(name, instance) is null;

    public static bool IsValid(string name, string json) => IsValid(name, JsonNode.Parse(json));
}
