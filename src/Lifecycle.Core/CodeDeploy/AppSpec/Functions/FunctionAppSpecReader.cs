using System.Globalization;
using Lifecycle.Core.CodeDeploy.AppSpec.Psych;
using Lifecycle.Core.Yaml;
using Lifecycle.Core.Diagnostics;
using static Lifecycle.Core.CodeDeploy.AppSpec.AppSpecDiagnosticCodes;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Functions;

/// <summary>
/// Reads ECS and Lambda AppSpecs (reference §7.2, §7.3, §7.6): the documented required properties, types and
/// value sets are errors. The service that reads these files is closed source, so key case follows AWS's own
/// tooling, which looks keys up case-insensitively: <c>Resources</c> and <c>resources</c> both work, and a key
/// in any other casing is read but warned about (APP007).
/// </summary>
internal sealed partial class FunctionAppSpecReader : DocumentBinder
{
    private static readonly BindingVocabulary Vocabulary = new(
        PropertyType, UnknownKey, DiagnosticSeverity.Warning, DuplicateKey, KeyWord: "key", Reader: "the service");

    private FunctionAppSpecReader(List<Diagnostic> diagnostics)
        : base(diagnostics, Vocabulary)
    {
    }

    public static EcsAppSpec? ReadEcs(YamlNode? root, List<Diagnostic> diagnostics) => new FunctionAppSpecReader(diagnostics).ReadEcsRoot(root);

    public static LambdaAppSpec? ReadLambda(YamlNode? root, List<Diagnostic> diagnostics) => new FunctionAppSpecReader(diagnostics).ReadLambdaRoot(root);

    private YamlMapping? Root(YamlNode? root, string platform)
    {
        if (root?.Resolved is YamlMapping mapping)
        {
            return mapping;
        }

        Error(RootNotMapping, $"The {platform} AppSpec is not a mapping. Start with \"version: 0.0\", then Resources and Hooks.", string.Empty, root?.Span ?? SourceSpan.At(1, 1));
        return null;
    }

    // The version of every AppSpec is 0.0; written as a number or, in JSON, as the string "0.0".
    private string? ReadVersion(YamlMapping root)
    {
        var entry = Get(root, "version", string.Empty);
        if (entry?.Value.Resolved is YamlScalar { Ruby: var value } scalar
            && (AppSpecVersion.IsNumericZero(value) || scalar.Value == AppSpecVersion.Text))
        {
            return scalar.Value;
        }

        Error(FunctionAppSpecVersion, entry is null
                ? "version is missing. Add \"version: 0.0\" at the top."
                : $"version is {Text(entry.Value.Value) ?? "not a value"}, but the only AppSpec version is 0.0.",
            "version", entry?.Value.Span ?? root.Span);
        return null;
    }

    // Hooks: a list of single-key mappings, event -> function name (§7.2, §7.3).
    private List<FunctionHook> ReadHooks(YamlMapping root, string[] events, string platform)
    {
        var hooks = new List<FunctionHook>();
        var entry = Get(root, "Hooks", string.Empty);
        if (entry?.Value.Resolved is null or YamlScalar { Ruby.IsNil: true })
        {
            return hooks;
        }

        var path = entry.Value.KeyText!;
        if (entry.Value.Value.Resolved is not YamlSequence list)
        {
            Error(FunctionHooksShape, $"{path} is not a list. Write each hook as \"- {events[^1]}: MyFunction\".", path, entry.Value.Value.Span);
            return hooks;
        }

        for (var i = 0; i < list.Items.Length; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (list.Items[i].Resolved is not YamlMapping { Entries.Length: 1 } hook)
            {
                Error(FunctionHooksShape, $"{itemPath} is not a single \"Event: FunctionName\" pair. Give each hook its own \"-\" line.", itemPath, list.Items[i].Span);
                continue;
            }

            var name = hook.Entries[0].KeyText ?? string.Empty;
            var function = Text(hook.Entries[0].Value);
            if (!events.Contains(name, StringComparer.Ordinal))
            {
                var suggestion = NearMiss.Suggest(name, events);
                Error(FunctionHookEvent, $"{name} is not a {platform} hook event. The events are: {string.Join(", ", events)}.{(suggestion is null ? string.Empty : $" Did you mean {suggestion}?")}",
                    $"{itemPath}.{name}", hook.Entries[0].Key.Span);
                continue;
            }

            if (string.IsNullOrWhiteSpace(function))
            {
                Error(FunctionHookName, $"The {name} hook names no Lambda function. Write the function's name or ARN after the colon.", $"{itemPath}.{name}", hook.Entries[0].Value.Span);
                continue;
            }

            hooks.Add(new FunctionHook(LifecycleEventName.FromValidated(name), function.Trim()));
        }

        return hooks;
    }

    // The one resource: Resources is a list holding one single-key mapping, name -> { Type, Properties }.
    private (string Name, YamlMapping Body, string Path)? ReadResource(YamlMapping root, string expectedType, string what)
    {
        var entry = Get(root, "Resources", string.Empty);
        if (entry?.Value.Resolved is not YamlSequence list)
        {
            Error(ResourcesMissing, entry is null
                    ? $"Resources is missing. Add a Resources list with the {what}."
                    : "Resources is not a list. Write it as a list with one entry (\"- Name:\").",
                "Resources", entry?.Value.Span ?? root.Span);
            return null;
        }

        var path = entry.Value.KeyText!;
        if (list.Items.Length != 1 || list.Items[0].Resolved is not YamlMapping { Entries.Length: 1 } only)
        {
            Error(ResourceCount, string.Create(CultureInfo.InvariantCulture, $"Resources must hold exactly one {what}, written \"- Name:\" with Type and Properties under it; it has {list.Items.Length} entries."), path, list.Span);
            return null;
        }

        var resourceName = only.Entries[0].KeyText ?? string.Empty;
        var resourcePath = $"{path}[0].{resourceName}";
        if (only.Entries[0].Value.Resolved is not YamlMapping body)
        {
            Error(ResourceType, $"{resourceName} has no Type and Properties under it.", resourcePath, only.Entries[0].Value.Span);
            return null;
        }

        var type = Get(body, "Type", resourcePath);
        if (type is null || Text(type.Value.Value) != expectedType)
        {
            Error(ResourceType, $"{resourceName}'s Type is {(type is null ? "missing" : Text(type.Value.Value) ?? "not a value")}, but it must be {expectedType}.", $"{resourcePath}.Type", type?.Value.Span ?? body.Span);
            return null;
        }

        if (Get(body, "Properties", resourcePath)?.Value.Resolved is not YamlMapping properties)
        {
            Error(PropertyRequired, $"{resourceName} has no Properties. Add them under it.", $"{resourcePath}.Properties", body.Span);
            return null;
        }

        return (resourceName, properties, $"{resourcePath}.Properties");
    }

    /// <summary>A required string property: present, a scalar, not empty.</summary>
    private string? RequiredText(YamlMapping mapping, string key, string path, string example)
    {
        var entry = Get(mapping, key, path);
        var text = entry is null ? null : Text(entry.Value.Value);
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(PropertyRequired, $"{key} is {(entry is null ? "missing" : "empty")}. Add it, such as \"{key}: {example}\".", $"{path}.{key}", entry?.Value.Span ?? mapping.Span);
            return null;
        }

        return text;
    }

    /// <summary>
    /// An integer property written as a number. Where the docs say "number", digits in quotes are read with a
    /// warning (AWS's examples and tooling accept them); where they say "string", digits in quotes are normal.
    /// </summary>
    private int? Integer(YamlEntry entry, string path, bool documentedAsString, int minimum, string what)
    {
        var scalar = entry.Value.Resolved as YamlScalar;
        if (scalar is not null
            && (scalar.Ruby.Kind == RubyKind.Integer || scalar.Ruby.IsString)
            && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= minimum)
        {
            if (scalar.Ruby.IsString && !documentedAsString)
            {
                Warn(NumberAsText, $"{entry.KeyText} is written as the text \"{scalar.Value}\"; the docs say it is a number. Write {scalar.Value} without quotes.", path, scalar.Span);
            }

            return value;
        }

        Error(PropertyType, $"{entry.KeyText} is {(scalar is null ? "not a value" : scalar.Value)}, but it must be {what}.", path, entry.Value.Span);
        return null;
    }

    /// <summary>A key looked up case-insensitively; a spelling other than the documented or the lower-case one is warned about.</summary>
    private YamlEntry? Get(YamlMapping mapping, string key, string path)
    {
        YamlEntry? found = null;
        foreach (var entry in mapping.Entries)
        {
            if (string.Equals(entry.KeyText, key, StringComparison.OrdinalIgnoreCase))
            {
                found = entry;
            }
        }

        if (found is { KeyText: var written } && written != key && written!.Any(char.IsUpper))
        {
            var keyPath = path.Length == 0 ? written! : $"{path}.{written}";
            if (!Diagnostics.Any(d => d.Code == UnknownKey && d.Path == keyPath))
            {
                Diagnostics.Add(new Diagnostic(UnknownKey, DiagnosticSeverity.Warning,
                    $"{written} is read as {key}, but the documented spelling is {key}. Write it so; AWS does not document how the service treats other casings.", keyPath, found.Value.Key.Span));
            }
        }

        return found;
    }

    private static string? Text(YamlNode node) => node.Resolved is YamlScalar { Ruby.IsNil: false } scalar ? scalar.Value : null;
}
