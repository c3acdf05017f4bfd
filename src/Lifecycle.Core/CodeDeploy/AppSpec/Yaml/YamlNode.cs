using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Yaml;

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

/// <summary>A scalar, as written, with the type a Ruby agent (Psych) would give it.</summary>
internal sealed class YamlScalar(string value, ScalarStyle style, string? tag, SourceSpan span) : YamlNode(span)
{
    private RubyValue? _ruby;

    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    public string? Tag { get; } = tag;

    /// <summary>The value as Ruby's YAML.load reads it (reference §2.2, §2.4, §2.6.1).</summary>
    public RubyValue Ruby => _ruby ??= RubyValue.Of(this);
}

/// <summary>A sequence.</summary>
internal sealed class YamlSequence(IReadOnlyList<YamlNode> items, SourceSpan span) : YamlNode(span)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;
}

/// <summary>A key and its value, both as written.</summary>
internal readonly record struct YamlEntry(YamlNode Key, YamlNode Value)
{
    /// <summary>The key's text when it is a scalar; null otherwise.</summary>
    public string? KeyText => (Key.Resolved as YamlScalar)?.Value;
}

/// <summary>A mapping. Lookups follow Psych: a repeated key's last value wins.</summary>
internal sealed class YamlMapping(IReadOnlyList<YamlEntry> entries, SourceSpan span) : YamlNode(span)
{
    public IReadOnlyList<YamlEntry> Entries { get; } = entries;

    /// <summary>The value of the last entry whose key is the string <paramref name="key"/>, or null when absent.</summary>
    public YamlEntry? Find(string key)
    {
        for (var i = Entries.Count - 1; i >= 0; i--)
        {
            if (Entries[i].Key.Resolved is YamlScalar { Value: var text } scalar && text == key && scalar.Ruby.IsString)
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
