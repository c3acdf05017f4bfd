using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;
using static Lifecycle.Core.AutoScaling.AutoScalingDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling.Json;

/// <summary>One object read from a JSON document, with where each of its members' values stands.</summary>
internal sealed record JsonShapeItem<T>(
    T Value, string PathPrefix, SourceSpan ObjectSpan, IReadOnlyDictionary<string, SourceSpan> MemberSpans, IReadOnlySet<string> MistypedMembers)
{
    /// <summary>False for a finding about a member whose JSON type was already reported as wrong.</summary>
    public bool IsNew(Diagnostic diagnostic) => !MistypedMembers.Contains(diagnostic.Path.Split('.', '[')[0]);

    /// <summary>Where a diagnostic's member path points: the member's value, else the whole object.</summary>
    public SourceSpan SpanOf(string memberPath)
    {
        var member = memberPath.Split('.', '[')[0];
        return MemberSpans.TryGetValue(member, out var span) ? span : ObjectSpan;
    }
}

/// <summary>
/// Reads AWS-shaped JSON, keeping the position of every member: the document becomes the positional tree every
/// reader shares (<see cref="DocumentTree"/>), and a binder maps its objects to the shape. The members come from
/// the source-generated <see cref="JsonTypeInfo{T}"/> of the shape, so reading and writing agree on names by
/// construction. A document is one object, an array of objects, or (with a wrapper member)
/// <c>{"Wrapper": [objects]}</c>. Malformed JSON and wrong types are errors; unknown and repeated members are
/// warnings; JSON null is read as "not given". Never throws on any input.
/// </summary>
internal static partial class JsonShapeReader
{
    /// <summary>The bounds of a hook document: far above any real one (a group has at most 50 hooks).</summary>
    private static readonly TreeReadProfile Profile = new(
        MaxDocumentLength: 16 << 20, MaxDepth: 64, MaxNodes: 1_000_000, JsonMalformed, DocumentTooLarge, "A lifecycle hook document", LimitsName: null, SyntaxAdvice: ".");

    /// <summary>
    /// The fast path: reads a document that has no JSON finding (no syntax error, wrong type, unknown or
    /// repeated member) with the strict source-generated deserializer, and returns null for any other, so that
    /// the caller falls back on <see cref="Read{T}"/>, which finds and places every finding.
    /// </summary>
    public static List<T>? TryReadStrict<T>(string json, JsonTypeInfo<T> single, JsonTypeInfo<List<T>> many, Func<string, List<T>?>? wrapped = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        // One leading BOM is dropped, as DocumentTree drops it for the reader that places findings.
        var text = json.AsSpan(json.StartsWith('\uFEFF') ? 1 : 0).TrimStart(" \t\r\n");
        try
        {
            return text.IsEmpty ? null
                : text[0] == '[' ? NoNulls(JsonSerializer.Deserialize(json.AsSpan(json.Length - text.Length), many))
                : text[0] != '{' ? null
                : wrapped?.Invoke(json[(json.Length - text.Length)..]) ?? [JsonSerializer.Deserialize(json.AsSpan(json.Length - text.Length), single)!];
        }
        catch (JsonException)
        {
            return null;
        }

        static List<T>? NoNulls(List<T>? items) => items is not null && items.TrueForAll(i => i is not null) ? items : null;
    }

    public static (List<JsonShapeItem<T>> Items, List<Diagnostic> Diagnostics) Read<T>(string json, JsonTypeInfo<T> typeInfo, string? wrapperMember = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        var diagnostics = new List<Diagnostic>();
        var tree = DocumentTree.Read(json, Profile, TreeSyntax.Json, diagnostics);
        var binder = new ShapeBinder<T>(typeInfo, diagnostics);
        if (diagnostics.Count == 0)
        {
            binder.ReadDocument(tree.Root, wrapperMember);
        }

        return (binder.Items, diagnostics);
    }
}
