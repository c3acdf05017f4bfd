using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Yaml;

/// <summary>How a document kind's text may be written.</summary>
internal enum TreeSyntax
{
    /// <summary>
    /// YAML, or JSON. A text that opens with <c>{</c> or <c>[</c> is read once as strict JSON; when it is not
    /// well-formed JSON it is read as YAML, and <see cref="DocumentTree.JsonProblem"/> says why, for the readers
    /// whose consumer reads JSON strictly.
    /// </summary>
    YamlOrJson,

    /// <summary>Strict JSON only.</summary>
    Json,
}

/// <summary>
/// The one way a document's text becomes a positional tree, for every reader: one set of bounds (the
/// <see cref="TreeReadProfile"/>), one byte-order-mark policy (one leading BOM is dropped and recorded, and the
/// reader decides whether it matters), one tree for YAML and JSON.
/// </summary>
internal sealed class DocumentTree
{
    private DocumentTree(YamlNode? root, bool hadByteOrderMark)
    {
        Root = root;
        HadByteOrderMark = hadByteOrderMark;
    }

    /// <summary>The root node; null for a blank document or one that could not be read.</summary>
    public YamlNode? Root { get; }

    /// <summary>True when the text started with a byte order mark (U+FEFF), which was dropped.</summary>
    public bool HadByteOrderMark { get; }

    /// <summary>True when the text was read as JSON.</summary>
    public bool IsJson { get; private init; }

    /// <summary>Why a text that opens as JSON is not well-formed JSON (it was then read as YAML); null otherwise.</summary>
    public Diagnostic? JsonProblem { get; private init; }

    /// <summary>True when a YAML text had more than one document (only the first is read, as YAML.load does).</summary>
    public bool HasMoreDocuments { get; private init; }

    /// <summary>Where a YAML text goes on after its first document with text that is not another document; null when it does not.</summary>
    public SourceSpan? UnreadFrom { get; private init; }

    /// <summary>The tags a YAML text writes on sequences and mappings; a scalar's tag is on the scalar.</summary>
    public IReadOnlyDictionary<YamlNode, string> CollectionTags { get; private init; } = new Dictionary<YamlNode, string>();

    /// <summary>The explicit tag of a node (<c>!Ref</c>, <c>!If</c>), or null.</summary>
    public string? TagOf(YamlNode node) => node is YamlScalar scalar ? scalar.Tag : CollectionTags.GetValueOrDefault(node);

    /// <summary>The aliases a YAML text uses, in order.</summary>
    public IReadOnlyList<YamlAlias> Aliases { get; private init; } = [];

    /// <summary>
    /// Reads a text. Bound and syntax errors go to <paramref name="diagnostics"/> (and the root is null), except
    /// <see cref="JsonProblem"/> in <see cref="TreeSyntax.YamlOrJson"/>, which the caller reports if it applies.
    /// </summary>
    public static DocumentTree Read(string text, TreeReadProfile profile, TreeSyntax syntax, List<Diagnostic> diagnostics)
    {
        if (text.Length > profile.MaxDocumentLength)
        {
            diagnostics.Add(profile.TooLong(text.Length));
            return new DocumentTree(null, hadByteOrderMark: false);
        }

        var bom = text.Length > 0 && text[0] == '\uFEFF';
        if (bom)
        {
            text = text[1..];
        }

        Diagnostic? jsonProblem = null;
        if (syntax == TreeSyntax.Json || JsonTreeReader.LooksLikeJson(text))
        {
            var json = JsonTreeReader.Read(text, profile, out jsonProblem);
            if (jsonProblem is null || syntax == TreeSyntax.Json || jsonProblem.Code == profile.TooLargeCode)
            {
                if (jsonProblem is not null)
                {
                    diagnostics.Add(jsonProblem);
                }

                return new DocumentTree(json, bom) { IsJson = true };
            }
        }

        var (root, reader) = YamlTreeReader.Read(text, profile, diagnostics);
        return new DocumentTree(root, bom) { JsonProblem = jsonProblem, HasMoreDocuments = reader.HasMoreDocuments, UnreadFrom = reader.UnreadFrom, Aliases = reader.Aliases, CollectionTags = reader.CollectionTags };
    }
}
