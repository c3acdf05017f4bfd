using System.Globalization;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;
using static Lifecycle.Core.AutoScaling.Simulation.Scenarios.ScenarioDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling.Simulation.Scenarios;

/// <summary>How the scenario reader reads one value: a mapping, a flag, a list, text or a whole number, each with its diagnostics.</summary>
public static partial class SimulationScenarioReader
{
    private sealed partial class Context
    {
        private YamlMapping? Mapping(YamlNode node, string path, string message)
        {
            if (node.Resolved is YamlMapping map)
            {
                return map;
            }

            Error(WrongType, message, path, node.Span);
            return null;
        }

        private bool? Flag(YamlNode node, string path)
        {
            if (node.Resolved is YamlScalar { Style: ScalarStyle.Plain, Value: "true" or "True" or "TRUE" or "false" or "False" or "FALSE" } scalar)
            {
                return scalar.Value[0] is 't' or 'T';
            }

            Error(WrongType, $"This must be true or false{(node.Resolved is YamlScalar s ? $", not \"{s.Value}\"" : string.Empty)}.", path, node.Span);
            return null;
        }

        private IEnumerable<(YamlNode Node, int Index)> Sequence(YamlMapping map, string key)
        {
            var entry = map.Find(key);
            if (entry is null || IsNull(entry.Value.Value))
            {
                return [];
            }

            if (entry.Value.Value.Resolved is not YamlSequence sequence)
            {
                Error(WrongType, $"{key} must be a list (items starting with \"- \").", key, entry.Value.Value.Span);
                return [];
            }

            return sequence.Items.Select((node, index) => (node, index));
        }

        private void CheckKeys(YamlMapping map, string[] known, string path)
        {
            foreach (var entry in map.Entries)
            {
                var key = entry.KeyText;
                if (key is null || Array.IndexOf(known, key) < 0)
                {
                    var near = key is null ? null : NearMiss.Suggest(key, known);
                    Error(UnknownKey, $"The key {key ?? "(not text)"} is not part of a scenario here{(near is null ? string.Empty : $"; did you mean {near}?")}. Known keys: {string.Join(", ", known)}.",
                        path, entry.Key.Span);
                }
            }
        }

        private string? RequiredString(YamlMapping map, string key, string path)
        {
            if (map.Find(key) is { } entry && !IsNull(entry.Value))
            {
                return Text(entry.Value, Join(path, key));
            }

            Error(Required, $"{key} is required here.", Join(path, key), map.Find(key)?.Value.Span ?? map.Span);
            return null;
        }

        private string? OptionalString(YamlMapping map, string key, string path) =>
            map.Find(key) is { } entry && !IsNull(entry.Value) ? Text(entry.Value, Join(path, key)) : null;

        private string? Text(YamlNode node, string path)
        {
            if (node.Resolved is YamlScalar scalar)
            {
                return scalar.Value;
            }

            Error(WrongType, "This must be a single value, not a list or a mapping.", path, node.Span);
            return null;
        }

        // A value of an Auto Scaling value type, checked by its own rule; its findings are reported where it is written.
        private T? Value<T>(string? text, string path, SourceSpan span)
            where T : struct, IAwsStringValue<T>
        {
            if (text is null)
            {
                return null;
            }

            var read = AwsStringValue.Read<T>(text);
            if (read.TryGetValue(out var value))
            {
                return value;
            }

            Report(read.Diagnostics, path, span);
            return null;
        }

        private long? Integer(YamlNode node, string path, long min, long max)
        {
            if (node.Resolved is not YamlScalar { Style: ScalarStyle.Plain } scalar
                || !long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                Error(WrongType, $"This must be a whole number{(node.Resolved is YamlScalar s ? $", not \"{s.Value}\"" : string.Empty)}.", path, node.Span);
                return null;
            }

            if (value < min || value > max)
            {
                Error(OutOfRange, string.Create(CultureInfo.InvariantCulture, $"{value} is out of range: it must be from {min} to {max}."), path, node.Span);
                return null;
            }

            return value;
        }

        private static bool IsNull(YamlNode node) =>
            node.Resolved is YamlScalar { Style: ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" };

        private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

        private void Report(IEnumerable<Diagnostic> found, string path, SourceSpan span)
        {
            foreach (var diagnostic in found)
            {
                diagnostics.Add(diagnostic with { Path = path, Span = span });
            }
        }

        private void Error(string code, string message, string path, SourceSpan? span) =>
            diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, path, span));
    }
}
