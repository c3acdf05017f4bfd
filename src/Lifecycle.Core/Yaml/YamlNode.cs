using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Yaml;

/// <summary>A node of a YAML (or JSON) document, with where it stands in the text.</summary>
internal abstract class YamlNode(SourceSpan span)
{
    public SourceSpan Span { get; } = span;

    /// <summary>The node an alias points at; the node itself otherwise.</summary>
    public virtual YamlNode Resolved => this;
}

/// <summary>How a scalar was written; only plain scalars are typed (a quoted <c>"30"</c> stays a string).</summary>
internal enum ScalarStyle
{
    Plain,
    Quoted,
    Block,
}

/// <summary>
/// A scalar, as written. Plain and untagged, as most scalars
/// are; <see cref="YamlStyledScalar"/> carries a quoting style or a tag (kept apart to keep the common node small).
/// </summary>
internal class YamlScalar(string value, SourceSpan span) : YamlNode(span)
{
    public string Value { get; } = value;

    public virtual ScalarStyle Style => ScalarStyle.Plain;

    /// <summary>An explicit tag such as <c>tag:yaml.org,2002:str</c>; null for the (usual) untagged scalar.</summary>
    public virtual string? Tag => null;

    /// <summary>A scalar of any style and tag.</summary>
    public static YamlScalar Create(string value, ScalarStyle style, string? tag, SourceSpan span) =>
        style == ScalarStyle.Plain && tag is null ? new YamlScalar(value, span) : new YamlStyledScalar(value, style, tag, span);
}

/// <summary>A quoted or block scalar, or one with an explicit tag (<c>!!str 0.0</c>).</summary>
internal sealed class YamlStyledScalar(string value, ScalarStyle style, string? tag, SourceSpan span) : YamlScalar(value, span)
{
    public override ScalarStyle Style { get; } = style;

    public override string? Tag { get; } = tag;
}

/// <summary>A sequence.</summary>
internal sealed class YamlSequence(YamlNode[] items, SourceSpan span) : YamlNode(span)
{
    // An array, not a list interface: a foreach over it allocates nothing.
    public YamlNode[] Items { get; } = items;
}

/// <summary>A key and its value, both as written.</summary>
internal readonly record struct YamlEntry(YamlNode Key, YamlNode Value)
{
    /// <summary>The key's text when it is a scalar; null otherwise.</summary>
    public string? KeyText => (Key.Resolved as YamlScalar)?.Value;
}

/// <summary>A mapping. Lookups follow Psych: a repeated key's last value wins.</summary>
internal sealed class YamlMapping(YamlEntry[] entries, SourceSpan span) : YamlNode(span)
{
    public YamlEntry[] Entries { get; } = entries;

    /// <summary>
    /// The last entry whose key is the string <paramref name="key"/>, or null when absent. The keys looked up are
    /// plain lower-case words, which Psych types as strings whether quoted or not, so the text decides; a key
    /// tagged as a Ruby symbol (<c>!ruby/sym location</c>) is a Symbol, not the string.
    /// </summary>
    public YamlEntry? Find(string key)
    {
        for (var i = Entries.Length - 1; i >= 0; i--)
        {
            if (Entries[i].Key.Resolved is YamlScalar { Value: var text } scalar && text == key && scalar.Tag?.StartsWith("!ruby/sym", StringComparison.Ordinal) != true)
            {
                return Entries[i];
            }
        }

        return null;
    }
}

/// <summary>An alias (<c>*name</c>) and the anchored node it stands for.</summary>
internal sealed class YamlAlias(string name, YamlNode target, SourceSpan span) : YamlNode(span)
{
    public string Name { get; } = name;

    public override YamlNode Resolved => Target.Resolved;

    public YamlNode Target { get; } = target;
}
