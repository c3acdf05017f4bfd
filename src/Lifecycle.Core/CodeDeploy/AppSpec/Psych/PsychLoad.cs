using System.Globalization;
using System.Runtime.CompilerServices;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;
using static Lifecycle.Core.CodeDeploy.AppSpec.AppSpecDiagnosticCodes;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Psych;

/// <summary>
/// The document as Psych 4's YAML.load hands it to the agent, built from the tree without the call stack: every
/// mapping becomes what Ruby's Hash makes of it (a repeated key keeps its first place and its last value, and the
/// earlier value is never read; a merge key <c>&lt;&lt;</c> with a mapping or a list of mappings merges them in),
/// and every node YAML.load cannot create is an APP004 error with the agent's message.
/// </summary>
internal static class PsychLoad
{
    private const string MergeKey = "<<";

    // Ruby 3.1's stack, in the units of what one level of nesting takes of it while Psych loads: measured on
    // Ruby 3.1.2 with Psych 4.0.3 and its default VM stack, 1,306 lists under two mappings, 961 mappings, or 555
    // mappings and 553 lists interleaved load, and one level more does not. Within a level or two at the edge.
    private const long SequenceFrame = 961;
    private const long MappingFrame = 1309;
    private const long RubyStack = 1_257_949;

    /// <summary>The loaded root; the diagnostics of what YAML.load refuses and of the keys never read are added.</summary>
    public static YamlNode Load(YamlNode root, DocumentTree tree, List<Diagnostic> diagnostics) =>
        Check(root, tree, diagnostics) ? Rebuild(root, tree, diagnostics) : root;

    // What YAML.load fails on, and whether any mapping is other than Ruby's Hash of it as written (a merge key, a
    // repeated or a tagged key, a key that is not plain text); only such a document is built again.
    private static bool Check(YamlNode root, DocumentTree tree, List<Diagnostic> diagnostics)
    {
        var pending = new Stack<(YamlNode Node, long Stack)>();
        var tooDeep = false;
        var rebuild = false;
        pending.Push((root, 0));
        while (pending.TryPop(out var item))
        {
            var (node, stack) = item;
            if (PsychTags.LoadFailure(node, tree.TagOf(node)) is { } failure)
            {
                diagnostics.Add(new Diagnostic(DisallowedScalar, DiagnosticSeverity.Error,
                    $"The agent's YAML.load cannot create this value{Describe(node, tree)}, so the deployment fails with \"{failure}\". {Advice(node)}",
                    string.Empty, node.Span));
            }

            stack += node switch { YamlSequence => SequenceFrame, YamlMapping => MappingFrame, _ => 0 };
            if (stack > RubyStack && !tooDeep)
            {
                tooDeep = true;
                diagnostics.Add(new Diagnostic(DisallowedScalar, DiagnosticSeverity.Error,
                    "The document nests so deep here that the agent's Ruby runs out of stack loading it (Psych builds nested values by recursion: about 1,300 levels of lists or 960 of mappings), so the deployment fails with \"SystemStackError: stack level too deep\". Flatten the nesting.",
                    string.Empty, node.Span));
            }

            switch (node)
            {
                case YamlSequence sequence:
                    rebuild |= tree.TagOf(sequence) is "!omap" or "tag:yaml.org,2002:omap";
                    foreach (var child in sequence.Items)
                    {
                        pending.Push((child, stack));
                    }

                    break;
                case YamlMapping mapping:
                    rebuild |= !IsHashAsWritten(mapping);
                    foreach (var entry in mapping.Entries)
                    {
                        pending.Push((entry.Key, stack));
                        pending.Push((entry.Value, stack));
                    }

                    break;
            }
        }

        return rebuild;
    }

    // Every key plain text that Psych reads as that same string, and no two alike.
    private static bool IsHashAsWritten(YamlMapping mapping)
    {
        var entries = mapping.Entries;
        foreach (var entry in entries)
        {
            if (entry.Key is not YamlScalar { Tag: null } key || key.Value == MergeKey || (key.Style == ScalarStyle.Plain && !IsPlainText(key.Value)))
            {
                return false;
            }
        }

        if (entries.Length > 16)
        {
            var seen = new HashSet<string>(entries.Length, StringComparer.Ordinal);
            return entries.All(e => seen.Add(((YamlScalar)e.Key).Value));
        }

        for (var i = 1; i < entries.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (((YamlScalar)entries[i].Key).Value == ((YamlScalar)entries[j].Key).Value)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // A plain scalar that starts with a letter is a string unless it is one of Psych's null or boolean words.
    private static bool IsPlainText(string text) =>
        text.Length > 0 && char.IsAsciiLetter(text[0]) && (text.Length > 5 || Array.FindIndex(NullAndBooleanWords, w => w.Equals(text, StringComparison.OrdinalIgnoreCase)) < 0);

    private static readonly string[] NullAndBooleanWords = ["null", "yes", "true", "on", "no", "false", "off"];

    private static YamlNode Rebuild(YamlNode root, DocumentTree tree, List<Diagnostic> diagnostics)
    {
        var loaded = new Dictionary<YamlNode, YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(YamlNode Node, bool ChildrenDone)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, childrenDone) = pending.Pop();
            if (!childrenDone)
            {
                pending.Push((node, true));
                switch (node)
                {
                    case YamlSequence sequence:
                        foreach (var item in sequence.Items)
                        {
                            pending.Push((item, false));
                        }

                        break;
                    case YamlMapping mapping:
                        foreach (var entry in mapping.Entries)
                        {
                            pending.Push((entry.Key, false));
                            pending.Push((entry.Value, false));
                        }

                        break;
                }

                continue;
            }

            loaded[node] = node switch
            {
                YamlSequence sequence when tree.TagOf(sequence) is "!omap" or "tag:yaml.org,2002:omap" && OrderedMap(sequence, loaded) is { } map => map,
                YamlSequence sequence => Rebuild(sequence, loaded),
                YamlMapping mapping => ToHash(mapping, loaded, diagnostics),
                _ => node,
            };
        }

        return loaded[root];
    }

    private static string Describe(YamlNode node, DocumentTree tree) => tree.TagOf(node) is { } tag
        ? $" (tagged {tag})"
        : node is YamlScalar scalar ? $" ({scalar.Value} reads as a {(scalar.Value.Contains(':', StringComparison.Ordinal) ? "time" : "date")})" : string.Empty;

    private static string Advice(YamlNode node) => node is YamlScalar { Tag: null } scalar
        ? $"Put it in quotes: \"{scalar.Value}\"."
        : "Remove the tag; an AppSpec needs none.";

    // Psych's !!omap on a list: a Hash (Psych::Omap) of each item's first key and last value.
    private static YamlMapping? OrderedMap(YamlSequence sequence, Dictionary<YamlNode, YamlNode> loaded)
    {
        var entries = new List<YamlEntry>(sequence.Items.Length);
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            if (loaded[item] is not YamlMapping { Entries: [var first, ..] } pair)
            {
                return null;
            }

            Set(entries, places, new YamlEntry(first.Key, pair.Entries[^1].Value), shadowWarnings: null);
        }

        return new YamlMapping([.. entries], sequence.Span);
    }

    private static YamlSequence Rebuild(YamlSequence sequence, Dictionary<YamlNode, YamlNode> loaded)
    {
        var items = new YamlNode[sequence.Items.Length];
        var changed = false;
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = loaded[sequence.Items[i]];
            changed |= !ReferenceEquals(items[i], sequence.Items[i]);
        }

        return changed ? new YamlSequence(items, sequence.Span) : sequence;
    }

    // Psych's revive_hash: hash[key] = value for each entry in order, and a merge key's mappings merged in.
    private static YamlMapping ToHash(YamlMapping mapping, Dictionary<YamlNode, YamlNode> loaded, List<Diagnostic> diagnostics)
    {
        var entries = new List<YamlEntry>(mapping.Entries.Length);
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var changed = false;
        foreach (var written in mapping.Entries)
        {
            var key = loaded[written.Key];
            var entry = new YamlEntry(AsKey(key), loaded[written.Value]);
            changed |= !ReferenceEquals(entry.Key, written.Key) || !ReferenceEquals(entry.Value, written.Value);
            if (IsMergeKey(key) && MergedEntries(entry.Value) is { } merged)
            {
                changed = true;
                foreach (var from in merged)
                {
                    Set(entries, places, from, shadowWarnings: null);
                }

                continue;
            }

            changed |= Set(entries, places, entry, diagnostics);
        }

        return changed ? new YamlMapping([.. entries], mapping.Span) : mapping;
    }

    // A tagged key that loads as a string is that string, as the agent looks it up (!!int location is "location").
    private static YamlNode AsKey(YamlNode key) =>
        key is YamlScalar { Tag: { } tag } scalar && !PsychTags.IsSymbolTag(tag) && scalar.Ruby is { IsString: true } text
            ? YamlScalar.Create(text.Text, ScalarStyle.Quoted, null, scalar.Span)
            : key;

    // hash[key] = value: returns true when a key already there took the new value in its place.
    private static bool Set(List<YamlEntry> entries, Dictionary<string, int> places, YamlEntry entry, List<Diagnostic>? shadowWarnings)
    {
        var key = RubyKey(entry.Key);
        if (!places.TryGetValue(key, out var at))
        {
            places[key] = entries.Count;
            entries.Add(entry);
            return false;
        }

        var shadowed = entries[at];
        if (shadowWarnings is not null && shadowed.Key.Span.Line != 0)
        {
            shadowWarnings.Add(new Diagnostic(DuplicateKey, DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture,
                    $"{Text(shadowed.Key)} is given again at line {entry.Key.Span.Line}; the agent keeps only the last value of a key, so this one is never read. Remove one of them."),
                string.Empty, shadowed.Key.Span));
        }

        entries[at] = entry;
        return true;
    }

    // A merge key is "<<" read as a string from a key not tagged !!str.
    private static bool IsMergeKey(YamlNode key) =>
        key is YamlScalar { Value: MergeKey } scalar && scalar.Tag != "tag:yaml.org,2002:str" && scalar.Ruby.IsString;

    // What merge! adds: a mapping's entries, or a list of mappings where the first one given wins. Anything else
    // (a list with a scalar in it, a scalar) makes Psych keep "<<" as an ordinary key.
    private static List<YamlEntry>? MergedEntries(YamlNode value)
    {
        switch (value.Resolved)
        {
            case YamlMapping mapping:
                return [.. mapping.Entries];
            case YamlSequence sequence when sequence.Items.All(i => i.Resolved is YamlMapping):
                var merged = new List<YamlEntry>();
                var places = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = sequence.Items.Length - 1; i >= 0; i--)
                {
                    foreach (var entry in ((YamlMapping)sequence.Items[i].Resolved).Entries)
                    {
                        Set(merged, places, entry, shadowWarnings: null);
                    }
                }

                return merged;
            default:
                return null;
        }
    }

    // The identity Ruby's Hash gives a key: its class and value, so "1" and 1, "a" and :a, 1 and 1.0 differ.
    private static string RubyKey(YamlNode key) => key.Resolved switch
    {
        YamlScalar scalar => scalar.Ruby switch
        {
            { Kind: RubyKind.String } v => "s" + v.Text,
            { Kind: RubyKind.Symbol } v => "y" + v.Text,
            { Kind: RubyKind.Integer } v => "i" + v.Integer.ToString(CultureInfo.InvariantCulture),
            { Kind: RubyKind.Float } v => "f" + v.Float.ToString("R", CultureInfo.InvariantCulture),
            var v => v.Kind.ToString() + v.Text,
        },
        var other => "c" + RuntimeHelpers.GetHashCode(other).ToString(CultureInfo.InvariantCulture) + ":" + other.Span,
    };

    private static string Text(YamlNode key) => key.Resolved is YamlScalar scalar ? scalar.Value : "This key";
}
