using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;
using static Lifecycle.Core.AutoScaling.Simulation.Scenarios.ScenarioDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling.Simulation.Scenarios;

/// <summary>The scenario reader's own ways to read a value, over the binder's: a list under a key, required and optional text, a bounded number.</summary>
public static partial class SimulationScenarioReader
{
    private static readonly BindingVocabulary Vocabulary = new(
        WrongType, UnknownKey, DiagnosticSeverity.Error, DuplicateKey, KeyWord: "key", Reader: "the simulator");

    private sealed partial class Context(List<Diagnostic> diagnostics, ScenarioLimits limits) : DocumentBinder(diagnostics, Vocabulary)
    {
        private IEnumerable<(YamlNode Node, int Index)> List(YamlMapping map, string key)
        {
            var entry = map.Find(key);
            if (entry is null || IsNull(entry.Value.Value))
            {
                return [];
            }

            return Sequence(entry.Value.Value, key, $"{key} must be a list (items starting with \"- \").") is { } sequence
                ? sequence.Items.Select((node, index) => (node, index))
                : [];
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

        // A value of an Auto Scaling value type, checked by its own rule.
        private T? Value<T>(string? text, string path, SourceSpan span)
            where T : struct, IAwsStringValue<T> => Bind(text, AwsStringValue.Read<T>, path, span);

        private long? Number(YamlNode node, string path, long min, long max) => Integer(node, path, min, max, OutOfRange);
    }
}
