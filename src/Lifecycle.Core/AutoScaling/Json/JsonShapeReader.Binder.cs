using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;
using static Lifecycle.Core.AutoScaling.AutoScalingDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling.Json;

/// <summary>How the JSON shape reader binds the tree's objects to a shape.</summary>
internal static partial class JsonShapeReader
{
    private static readonly BindingVocabulary Vocabulary = new(
        JsonWrongType, JsonUnknownMember, DiagnosticSeverity.Warning, JsonDuplicateMember, KeyWord: "member", Reader: "the SDK");

    private sealed class ShapeBinder<T>(JsonTypeInfo<T> typeInfo, List<Diagnostic> diagnostics) : DocumentBinder(diagnostics, Vocabulary)
        where T : class
    {
        private readonly Dictionary<string, JsonPropertyInfo> _members = typeInfo.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        private readonly string[] _names = [.. typeInfo.Properties.Select(p => p.Name)];
        private readonly string _shapeName = typeof(T).Name.Replace("Shape", string.Empty, StringComparison.Ordinal);

        public List<JsonShapeItem<T>> Items { get; } = [];

        public void ReadDocument(YamlNode? root, string? wrapperMember)
        {
            switch (root)
            {
                // A blank document is missing content rather than malformed JSON.
                case null:
                    Error(JsonUnexpectedRoot, $"The document is empty. Write one {_shapeName} as a JSON object, or several in a JSON array.", string.Empty, SourceSpan.At(1, 1));
                    break;
                case YamlMapping { Entries: [{ KeyText: { } first }, ..] } wrapper when first == wrapperMember:
                    ReadWrapper(wrapper, first);
                    break;
                case YamlMapping map:
                    ReadObject(map, string.Empty);
                    break;
                case YamlSequence list:
                    ReadArray(list, string.Empty);
                    break;
                default:
                    UnexpectedRoot(root, string.Empty);
                    break;
            }
        }

        private void ReadWrapper(YamlMapping wrapper, string member)
        {
            var seen = false;
            foreach (var entry in wrapper.Entries)
            {
                if (entry.KeyText == member && !seen && entry.Value is YamlSequence list)
                {
                    seen = true;
                    ReadArray(list, member);
                }
                else if (entry.KeyText == member)
                {
                    Error(JsonWrongType, $"{member} must be a JSON array of {_shapeName} objects.", member, entry.Value.Span);
                }
                else
                {
                    Warn(JsonUnknownMember, UnknownKeyMessage(entry.KeyText!, [member], "this document"), entry.KeyText!, entry.Key.Span);
                }
            }
        }

        private void ReadArray(YamlSequence list, string prefix)
        {
            for (var i = 0; i < list.Items.Length; i++)
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"{prefix}[{i}]");
                if (list.Items[i] is YamlMapping map)
                {
                    ReadObject(map, path);
                }
                else
                {
                    UnexpectedRoot(list.Items[i], path);
                }
            }
        }

        private void ReadObject(YamlMapping map, string path)
        {
            CheckKeys(map, _names, path, $"a {_shapeName}");
            var clean = new ArrayBufferWriter<byte>();
            using var writer = new Utf8JsonWriter(clean);
            writer.WriteStartObject();
            var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            var mistyped = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in map.Entries)
            {
                var name = entry.KeyText!;
                if (!_members.TryGetValue(name, out var property))
                {
                    continue;
                }

                spans[name] = entry.Value.Span;
                mistyped.Remove(name);
                if (WriteMember(entry.Value, writer, property) is { } problem)
                {
                    mistyped.Add(name);
                    Error(JsonWrongType, $"{name} {problem}", Join(path, name), entry.Value.Span);
                }
            }

            writer.WriteEndObject();
            writer.Flush();

            // Only well-typed members were written, so the generated deserializer cannot fail here. An object with
            // a mistyped member is still returned (without it), so that the rules can check the rest. A member
            // given twice is written twice, and the deserializer keeps the last, as the reading says.
            var value = JsonSerializer.Deserialize(clean.WrittenSpan, typeInfo)!;
            Items.Add(new JsonShapeItem<T>(value, path, map.Span, spans, mistyped));
        }

        // Copies a well-typed value to the clean object and returns null, else says what is wrong with its type.
        private static string? WriteMember(YamlNode node, Utf8JsonWriter clean, JsonPropertyInfo property)
        {
            var kind = node is YamlScalar scalar ? KindOf(scalar) : (ScalarKind?)null;
            if (kind == ScalarKind.Null)
            {
                return null;
            }

            if (property.PropertyType == typeof(string))
            {
                if (kind == ScalarKind.String)
                {
                    clean.WriteString(property.Name, ((YamlScalar)node).Value);
                    return null;
                }

                return $"must be a JSON string, but it is {JsonDescribe(node)}. Put the value in double quotes.";
            }

            if (property.PropertyType == typeof(int?) || property.PropertyType == typeof(int))
            {
                var text = (node as YamlScalar)?.Value;
                if (kind == ScalarKind.Integer && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    clean.WriteNumber(property.Name, number);
                    return null;
                }

                var hint = kind == ScalarKind.String && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var inString)
                    ? string.Create(CultureInfo.InvariantCulture, $" Write {inString} without quotes.")
                    : " Write a whole number of seconds, such as 300.";
                return $"must be a whole JSON number, but it is {JsonDescribe(node)}.{hint}";
            }

            throw new NotSupportedException($"The JSON reader has no rule for members of type {property.PropertyType}.");
        }

        private void UnexpectedRoot(YamlNode node, string path) =>
            Error(JsonUnexpectedRoot,
                $"Expected a {_shapeName} as a JSON object, but found {JsonDescribe(node)}. Write each one as {{ \"LifecycleHookName\": ..., ... }}.",
                path, node.Span);

        // JSON calls its collections objects and arrays.
        private static string JsonDescribe(YamlNode node) => node switch
        {
            YamlMapping => "an object",
            YamlSequence => "an array",
            _ => Describe(node),
        };
    }
}
