using System.Globalization;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Yaml;

/// <summary>
/// The codes and words with which one document kind reports what binding finds: a key it does not have, a key
/// given twice, a value of the wrong type.
/// </summary>
/// <param name="WrongTypeCode">The code of a value of the wrong type; null for a reader whose rules give each shape its own code.</param>
/// <param name="UnknownKeyCode">The code of a key the document kind does not have.</param>
/// <param name="UnknownKeySeverity">Whether an unknown key is ignored (a warning) or refused (an error).</param>
/// <param name="DuplicateKeyCode">The code of a key given twice in one mapping (a warning: the last one counts, as in every reader here).</param>
/// <param name="KeyWord">What the document calls its keys: "key", or "member" for AWS's JSON shapes.</param>
/// <param name="Reader">Who reads the file and ignores what it does not know, as in "the agent"; "it" for the SDK.</param>
internal sealed record BindingVocabulary(
    string? WrongTypeCode, string UnknownKeyCode, DiagnosticSeverity UnknownKeySeverity, string DuplicateKeyCode, string KeyWord, string Reader);

/// <summary>
/// Binds a <see cref="YamlNode"/> tree to a document kind's model: it checks keys against the known ones
/// (suggesting the near miss of a misspelt key), reads values under the YAML core schema (which JSON shares), and
/// reports every finding with the path and the place the value is written. The readers derive from it, so that
/// the reporting, the key checks and the typed values are written once; the rules of each document kind stay in
/// its reader and its rule classes.
/// </summary>
internal class DocumentBinder(List<Diagnostic> diagnostics, BindingVocabulary vocabulary)
{
    /// <summary>What has been found so far, in the order found.</summary>
    protected List<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>How a scalar reads under the YAML 1.2 core schema; a quoted scalar (every JSON string) is a string.</summary>
    public static ScalarKind KindOf(YamlScalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain || scalar.Tag is not null)
        {
            return ScalarKind.String;
        }

        return scalar.Value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Boolean,
            var text when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) => ScalarKind.Integer,
            var text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => ScalarKind.Float,
            _ => ScalarKind.String,
        };
    }

    /// <summary>True for a YAML null (<c>~</c>, <c>null</c>, nothing) or a JSON <c>null</c>: a value not given.</summary>
    public static bool IsNull(YamlNode node) => node.Resolved is YamlScalar scalar && KindOf(scalar) == ScalarKind.Null;

    /// <summary>A key's path under its mapping's path.</summary>
    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>True when an error has been found.</summary>
    protected bool HasError()
    {
        foreach (var diagnostic in Diagnostics)
        {
            if (diagnostic.IsError)
            {
                return true;
            }
        }

        return false;
    }

    protected void Error(string code, string message, string path, SourceSpan? span) =>
        Diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, path, span));

    protected void Warn(string code, string message, string path, SourceSpan? span) =>
        Diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, path, span));

    protected void Info(string code, string message, string path, SourceSpan? span) =>
        Diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Info, message, path, span));

    /// <summary>Reports what a value type's own rule found, at the place and path the value is written.</summary>
    protected void Report(IEnumerable<Diagnostic> found, string path, SourceSpan span)
    {
        foreach (var diagnostic in found)
        {
            Diagnostics.Add(diagnostic with { Path = path, Span = span });
        }
    }

    /// <summary>
    /// Reports each key given twice (the last one counts) and each key not in <paramref name="known"/>, naming
    /// the key meant when it is miscased or a letter or two off, else listing the keys.
    /// </summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="known">Its keys.</param>
    /// <param name="path">The mapping's path.</param>
    /// <param name="what">What the mapping is, with its article ("a script").</param>
    /// <param name="tolerated">A key that is not known but is reported elsewhere, or null.</param>
    protected void CheckKeys(YamlMapping mapping, string[] known, NodePath path, string what, string? tolerated = null)
    {
        var entries = mapping.Entries;

        // Real mappings have a handful of keys, where a scan of the earlier ones costs less than a set; a hostile
        // document with thousands gets the set, so the check stays linear.
        var seen = entries.Length > ScanLimit ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < entries.Length; i++)
        {
            var key = entries[i].KeyText;
            if (key is null)
            {
                Diagnostics.Add(new Diagnostic(vocabulary.UnknownKeyCode, vocabulary.UnknownKeySeverity,
                    $"A {vocabulary.KeyWord} of {what} is a list or a mapping; {vocabulary.KeyWord}s are names. The {vocabulary.KeyWord}s are: {string.Join(", ", known)}.",
                    path.ToString(), entries[i].Key.Span));
                continue;
            }

            if (seen is not null ? !seen.Add(key) : IsEarlierKey(entries, i, key))
            {
                Warn(vocabulary.DuplicateKeyCode, $"{key} is given more than once in {what}; {vocabulary.Reader} uses the last one. Remove the others.",
                    path.Join(key), entries[i].Key.Span);
            }

            if (Array.IndexOf(known, key) < 0 && key != tolerated)
            {
                Diagnostics.Add(new Diagnostic(vocabulary.UnknownKeyCode, vocabulary.UnknownKeySeverity, UnknownKeyMessage(key, known, what), path.Join(key), entries[i].Key.Span));
            }
        }
    }

    private const int ScanLimit = 16;

    private static bool IsEarlierKey(YamlEntry[] entries, int i, string key)
    {
        for (var j = 0; j < i; j++)
        {
            if (entries[j].KeyText == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words for a key the document kind does not have.</summary>
    protected string UnknownKeyMessage(string key, IEnumerable<string> known, string what)
    {
        var consequence = vocabulary.UnknownKeySeverity == DiagnosticSeverity.Error ? string.Empty : $", so {vocabulary.Reader} ignores it";
        var near = NearMiss.Suggest(key, known);
        return near is null
            ? $"{key} is not a {vocabulary.KeyWord} of {what}{consequence}. The {vocabulary.KeyWord}s are: {string.Join(", ", known)}."
            : $"{key} is not a {vocabulary.KeyWord} of {what}{consequence}. Did you mean {near}?"
                + (string.Equals(near, key, StringComparison.OrdinalIgnoreCase) ? $" {Capitalized(vocabulary.KeyWord)}s are case-sensitive." : string.Empty);
    }

    private string WrongType => vocabulary.WrongTypeCode
        ?? throw new InvalidOperationException("This reader gives each shape its own code; it has no code for a value of the wrong type.");

    /// <summary>The node as a mapping, or an error saying what it must be.</summary>
    protected YamlMapping? Mapping(YamlNode node, string path, string message)
    {
        if (node.Resolved is YamlMapping map)
        {
            return map;
        }

        Error(WrongType, message, path, node.Span);
        return null;
    }

    /// <summary>The node as a sequence, or an error saying what it must be.</summary>
    protected YamlSequence? Sequence(YamlNode node, string path, string message)
    {
        if (node.Resolved is YamlSequence sequence)
        {
            return sequence;
        }

        Error(WrongType, message, path, node.Span);
        return null;
    }

    /// <summary>The text of a scalar of any kind, or an error for a list or a mapping.</summary>
    protected string? Text(YamlNode node, string path)
    {
        if (node.Resolved is YamlScalar scalar)
        {
            return scalar.Value;
        }

        Error(WrongType, "This must be a single value, not a list or a mapping.", path, node.Span);
        return null;
    }

    /// <summary>A boolean, or an error.</summary>
    protected bool? Flag(YamlNode node, string path)
    {
        if (node.Resolved is YamlScalar scalar && KindOf(scalar) == ScalarKind.Boolean)
        {
            return scalar.Value[0] is 't' or 'T';
        }

        Error(WrongType, $"This must be true or false, not {Describe(node)}.", path, node.Span);
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or an error (<paramref name="outOfRangeCode"/> when out of range).</summary>
    protected long? Integer(YamlNode node, string path, long min, long max, string outOfRangeCode)
    {
        if (node.Resolved is not YamlScalar scalar || KindOf(scalar) != ScalarKind.Integer)
        {
            Error(WrongType, $"This must be a whole number, not {Describe(node)}.", path, node.Span);
            return null;
        }

        var value = long.Parse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (value < min || value > max)
        {
            Error(outOfRangeCode, string.Create(CultureInfo.InvariantCulture, $"{value} is out of range: it must be from {min} to {max}."), path, node.Span);
            return null;
        }

        return value;
    }

    /// <summary>A value read by its type's own rule; what the rule finds is reported where the value is written.</summary>
    protected T? Bind<T>(string? text, Func<string, Result<T>> read, string path, SourceSpan span)
        where T : struct
    {
        if (text is null)
        {
            return null;
        }

        var result = read(text);
        if (result.TryGetValue(out var value))
        {
            return value;
        }

        Report(result.Diagnostics, path, span);
        return null;
    }

    /// <summary>What a node is, in words: <c>the string "x"</c>, <c>the number 5</c>, <c>a mapping</c>.</summary>
    public static string Describe(YamlNode node) => node.Resolved switch
    {
        YamlMapping => "a mapping",
        YamlSequence => "a list",
        YamlScalar scalar => KindOf(scalar) switch
        {
            ScalarKind.Null => "null",
            ScalarKind.Boolean => $"the boolean {scalar.Value}",
            ScalarKind.Integer or ScalarKind.Float => $"the number {scalar.Value}",
            _ => $"the string {MessageText.Quote(scalar.Value)}",
        },
        _ => "not a value",
    };

    private static string Capitalized(string word) => string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));
}

/// <summary>What a scalar is under the YAML 1.2 core schema.</summary>
internal enum ScalarKind
{
    Null,
    Boolean,
    Integer,
    Float,
    String,
}
