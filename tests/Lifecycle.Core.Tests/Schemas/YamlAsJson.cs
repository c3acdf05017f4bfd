using System.Globalization;
using System.Text.Json.Nodes;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.AppSpec.Psych;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;

namespace Lifecycle.Core.Tests.Schemas;

/// <summary>
/// A YAML document as the JSON an editor's schema check sees: scalars typed as the agent's YAML.load types them
/// (null, booleans, numbers, strings), keys as text, a repeated key's last value kept.
/// </summary>
internal static class YamlAsJson
{
    public static JsonNode? Convert(string yaml)
    {
        var diagnostics = new List<Diagnostic>();
        var root = DocumentTree.Read(yaml, AppSpecLimits.Default.ToTreeProfile(), TreeSyntax.YamlOrJson, diagnostics).Root;
        if (diagnostics.Any(d => d.IsError))
        {
            throw new InvalidOperationException("Not YAML: " + string.Join("; ", diagnostics));
        }

        return root is null ? null : Node(root);
    }

    private static JsonNode? Node(YamlNode node) => node.Resolved switch
    {
        YamlMapping mapping => Mapping(mapping),
        YamlSequence sequence => new JsonArray([.. sequence.Items.Select(Node)]),
        YamlScalar scalar => Scalar(scalar.Ruby),
        _ => null,
    };

    private static JsonObject Mapping(YamlMapping mapping)
    {
        var result = new JsonObject();
        foreach (var entry in mapping.Entries)
        {
            // Keys by their text, as the readers look them up.
            var key = entry.Key.Resolved is YamlScalar s ? s.Value : "?";
            result.Remove(key);
            result[key] = Node(entry.Value);
        }

        return result;
    }

    private static JsonNode? Scalar(RubyValue value) => value.Kind switch
    {
        RubyKind.Nil => null,
        RubyKind.True => JsonValue.Create(true),
        RubyKind.False => JsonValue.Create(false),
        RubyKind.Integer => JsonNode.Parse(value.Integer.ToString(CultureInfo.InvariantCulture)),
        RubyKind.Float when double.IsFinite(value.Float) => JsonValue.Create(value.Float),
        _ => JsonValue.Create(value.ToRubyString()),
    };
}
