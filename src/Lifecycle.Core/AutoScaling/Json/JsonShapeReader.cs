using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;
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
/// Reads AWS-shaped JSON, keeping the position of every member. The members come from the source-generated
/// <see cref="JsonTypeInfo{T}"/> of the shape, so reading and writing agree on names by construction.
/// A document is one object, an array of objects, or (with a wrapper member) <c>{"Wrapper": [objects]}</c>.
/// Malformed JSON and wrong types are errors; unknown and repeated members are warnings; JSON null is
/// read as "not given". Never throws on any input.
/// </summary>
internal static class JsonShapeReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    /// <summary>
    /// The fast path: reads a document that has no JSON finding (no syntax error, wrong type, unknown or
    /// repeated member) with the strict source-generated deserializer, and returns null for any other, so that
    /// the caller falls back on <see cref="Read{T}"/>, which finds and places every finding.
    /// </summary>
    public static List<T>? TryReadStrict<T>(string json, JsonTypeInfo<T> single, JsonTypeInfo<List<T>> many, Func<string, List<T>?>? wrapped = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        var text = json.AsSpan().TrimStart('\uFEFF').TrimStart(" \t\r\n");
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
        var text = json.Length > 0 && json[0] == '\uFEFF' ? json[1..] : json;
        var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        var state = new State<T>(typeInfo, new Utf8LineMap(utf8));
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            // A blank document is missing content rather than malformed JSON (the reader would throw on it).
            if (text.AsSpan().Trim(" \t\r\n").IsEmpty)
            {
                state.Diagnostics.Add(new Diagnostic(JsonUnexpectedRoot, DiagnosticSeverity.Error,
                    $"The document is empty. Write one {state.ShapeName} as a JSON object, or several in a JSON array.",
                    string.Empty, SourceSpan.At(1, 1)));
                return (state.Items, state.Diagnostics);
            }

            ReadDocument(ref reader, state, wrapperMember);
        }
        catch (JsonException e)
        {
            var (line, column) = state.Lines.Locate(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            state.Diagnostics.Add(new Diagnostic(JsonMalformed, DiagnosticSeverity.Error,
                $"The JSON is malformed: {Plain(e.Message)} Fix the syntax at this point (check for a missing comma, quote or bracket).",
                string.Empty, SourceSpan.At(line, column)));
        }

        return (state.Items, state.Diagnostics);
    }

    private static void ReadDocument<T>(ref Utf8JsonReader reader, State<T> state, string? wrapperMember)
        where T : class
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject && wrapperMember is not null && FirstMemberIs(reader, wrapperMember))
        {
            ReadWrapper(ref reader, state, wrapperMember);
        }
        else if (reader.TokenType == JsonTokenType.StartObject)
        {
            ReadObject(ref reader, state, string.Empty);
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            ReadArray(ref reader, state, string.Empty);
        }
        else
        {
            state.Diagnostics.Add(UnexpectedRoot(state, ref reader, string.Empty));
            reader.Skip();
        }

        // Anything after the root value makes the reader throw, which reports it as malformed JSON.
        while (reader.Read())
        {
        }
    }

    private static bool FirstMemberIs(Utf8JsonReader copy, string member) =>
        copy.Read() && copy.TokenType == JsonTokenType.PropertyName && copy.ValueTextEquals(member);

    private static void ReadWrapper<T>(ref Utf8JsonReader reader, State<T> state, string wrapperMember)
        where T : class
    {
        var seen = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var nameStart = reader.TokenStartIndex;
            reader.Read();
            if (name == wrapperMember && !seen && reader.TokenType == JsonTokenType.StartArray)
            {
                seen = true;
                ReadArray(ref reader, state, wrapperMember);
                continue;
            }

            var span = state.Lines.Span(nameStart, reader.TokenStartIndex);
            state.Diagnostics.Add(name == wrapperMember
                ? new Diagnostic(JsonWrongType, DiagnosticSeverity.Error, $"{wrapperMember} must be a JSON array of {state.ShapeName} objects.", wrapperMember, span)
                : new Diagnostic(JsonUnknownMember, DiagnosticSeverity.Warning, $"{CharacterRules.Quote(name)} is not a member of this document; it is ignored.", name, span));
            reader.Skip();
        }
    }

    private static void ReadArray<T>(ref Utf8JsonReader reader, State<T> state, string prefix)
        where T : class
    {
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{prefix}[{index}]");
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadObject(ref reader, state, path);
            }
            else
            {
                state.Diagnostics.Add(UnexpectedRoot(state, ref reader, path));
                reader.Skip();
            }

            index++;
        }
    }

    private static void ReadObject<T>(ref Utf8JsonReader reader, State<T> state, string path)
        where T : class
    {
        var objectStart = reader.TokenStartIndex;
        var clean = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(clean);
        writer.WriteStartObject();
        var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var mistyped = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var nameStart = reader.TokenStartIndex;
            reader.Read();
            var valueStart = reader.TokenStartIndex;
            var memberPath = path.Length == 0 ? name : $"{path}.{name}";
            var property = state.Find(name);
            if (property is null)
            {
                reader.Skip();
                state.Diagnostics.Add(new Diagnostic(JsonUnknownMember, DiagnosticSeverity.Warning, UnknownMemberMessage(state, name), memberPath,
                    state.Lines.Span(nameStart, nameStart + name.Length + 2)));
                continue;
            }

            if (spans.ContainsKey(name))
            {
                state.Diagnostics.Add(new Diagnostic(JsonDuplicateMember, DiagnosticSeverity.Warning,
                    $"{name} is given more than once in this object; the last one is used. Remove the others.", memberPath,
                    state.Lines.Span(nameStart, nameStart + name.Length + 2)));
            }

            var problem = ReadMember(ref reader, writer, property);
            spans[name] = state.Lines.Span(valueStart, reader.BytesConsumed);
            if (problem is not null)
            {
                mistyped.Add(name);
                state.Diagnostics.Add(new Diagnostic(JsonWrongType, DiagnosticSeverity.Error, $"{name} {problem}", memberPath, spans[name]));
            }
        }

        var objectSpan = state.Lines.Span(objectStart, objectStart + 1);
        writer.WriteEndObject();
        writer.Flush();

        // Only well-typed members were written, so the generated deserializer cannot fail here. An object with
        // a mistyped member is still returned (without it), so that the rules can check the rest.
        var value = JsonSerializer.Deserialize(clean.WrittenSpan, state.TypeInfo)!;
        state.Items.Add(new JsonShapeItem<T>(value, path, objectSpan, spans, mistyped));
    }

    // Copies a well-typed value to the clean object and returns null, else says what is wrong with its type.
    private static string? ReadMember(ref Utf8JsonReader reader, Utf8JsonWriter clean, JsonPropertyInfo property)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (property.PropertyType == typeof(string))
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                clean.WriteString(property.Name, reader.GetString());
                return null;
            }

            var found = Describe(ref reader);
            reader.Skip();
            return $"must be a JSON string, but it is {found}. Put the value in double quotes.";
        }

        if (property.PropertyType == typeof(int?) || property.PropertyType == typeof(int))
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
            {
                clean.WriteNumber(property.Name, number);
                return null;
            }

            var found = Describe(ref reader);
            var hint = reader.TokenType == JsonTokenType.String && int.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var inString)
                ? string.Create(CultureInfo.InvariantCulture, $" Write {inString} without quotes.")
                : " Write a whole number of seconds, such as 300.";
            reader.Skip();
            return $"must be a whole JSON number, but it is {found}.{hint}";
        }

        throw new NotSupportedException($"The JSON reader has no rule for members of type {property.PropertyType}.");
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"the string {CharacterRules.Quote(reader.GetString()!)}",
        JsonTokenType.Number => $"the number {System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan)}",
        JsonTokenType.True or JsonTokenType.False => $"the boolean {(reader.TokenType == JsonTokenType.True ? "true" : "false")}",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

    private static Diagnostic UnexpectedRoot<T>(State<T> state, ref Utf8JsonReader reader, string path) =>
        new(JsonUnexpectedRoot, DiagnosticSeverity.Error,
            $"Expected a {state.ShapeName} as a JSON object, but found {Describe(ref reader)}. Write each one as {{ \"LifecycleHookName\": ..., ... }}.",
            path, state.Lines.Span(reader.TokenStartIndex, reader.TokenStartIndex + 1));

    private static string UnknownMemberMessage<T>(State<T> state, string name)
    {
        var close = NearMiss.Suggest(name, state.TypeInfo.Properties.Select(p => p.Name));
        return close is not null
            ? $"{CharacterRules.Quote(name)} is not a member of {state.ShapeName}, so it is ignored. Did you mean \"{close}\"?"
                + (string.Equals(close, name, StringComparison.OrdinalIgnoreCase) ? " Member names are case-sensitive." : string.Empty)
            : $"{CharacterRules.Quote(name)} is not a member of {state.ShapeName}, so it is ignored. The members are: {string.Join(", ", state.TypeInfo.Properties.Select(p => p.Name))}.";
    }

    // JsonException messages end with position details that the diagnostic already carries.
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).Trim();
        return text.EndsWith('.') ? text : text + ".";
    }

    private sealed class State<T>(JsonTypeInfo<T> typeInfo, Utf8LineMap lines)
    {
        private readonly Dictionary<string, JsonPropertyInfo> _members =
            typeInfo.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);

        public JsonTypeInfo<T> TypeInfo { get; } = typeInfo;

        public Utf8LineMap Lines { get; } = lines;

        public string ShapeName { get; } = typeof(T).Name.Replace("Shape", string.Empty, StringComparison.Ordinal);

        public List<JsonShapeItem<T>> Items { get; } = [];

        public List<Diagnostic> Diagnostics { get; } = [];

        public JsonPropertyInfo? Find(string name) => _members.GetValueOrDefault(name);
    }
}
