using System.Text;
using Lifecycle.Core.Yaml;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Psych;

/// <summary>
/// What Psych 4's YAML.load (the agent's: a safe load that permits Symbol and nothing else) does with a YAML tag,
/// read from its ToRuby visitor: the tags that make it create a class it does not permit, and so fail with
/// Psych::DisallowedClass, and the tagged values it cannot convert. Either way the agent's deployment fails.
/// </summary>
internal static class PsychTags
{
    /// <summary>
    /// The agent's error when YAML.load fails on this node because of its tag (or, for a plain scalar, because it
    /// reads as a date or time); null when the node loads.
    /// </summary>
    public static string? LoadFailure(YamlNode node, string? tag) => node switch
    {
        YamlScalar scalar => ScalarFailure(scalar),
        YamlSequence => tag is null ? null : SequenceFailure(tag),
        YamlMapping => tag is null ? null : MappingFailure(tag),
        _ => null,
    };

    /// <summary>True for the tags Psych reads as a Symbol (<c>!ruby/sym</c>, <c>!ruby/symbol</c>).</summary>
    public static bool IsSymbolTag(string tag) => tag.StartsWith("!ruby/sym", StringComparison.Ordinal);

    private static string Disallowed(string name) => $"Psych::DisallowedClass: Tried to load unspecified class: {name}";

    private static string? ScalarFailure(YamlScalar scalar)
    {
        var tag = scalar.Tag;
        if (scalar.Style != ScalarStyle.Plain && tag is null)
        {
            return null;
        }

        if (tag is null && !MayBeTime(scalar.Value))
        {
            return null;
        }

        if (tag is null || tag is "tag:yaml.org,2002:float" or "!float" || !(tag.StartsWith("!ruby/", StringComparison.Ordinal) || tag.StartsWith("!str:", StringComparison.Ordinal)))
        {
            var value = scalar.Ruby;
            if (value.Kind == RubyKind.Date)
            {
                return Disallowed(value.Text.Contains(':', StringComparison.Ordinal) ? "Time" : "Date");
            }

            return tag is "tag:yaml.org,2002:float" or "!float" && value.Kind != RubyKind.Float
                ? value.Kind switch
                {
                    RubyKind.Nil => "TypeError: can't convert nil into Float",
                    RubyKind.True => "TypeError: can't convert true into Float",
                    RubyKind.False => "TypeError: can't convert false into Float",
                    RubyKind.Symbol => "TypeError: can't convert Symbol into Float",
                    _ => $"ArgumentError: invalid value for Float(): \"{value.Text}\"",
                }
                : null;
        }

        return tag switch
        {
            "!ruby/string" or "!ruby/encoding" => null,
            _ when IsSymbolTag(tag) => null,
            "!ruby/class" or "!ruby/module" => Disallowed(scalar.Value),
            "!ruby/regexp" => Disallowed("Regexp"),
            "!ruby/range" => Disallowed("Range"),
            "!ruby/object:BigDecimal" or "!ruby/object:DateTime" or "!ruby/object:Complex" or "!ruby/object:Rational" => Disallowed(tag["!ruby/object:".Length..]),
            _ when tag.StartsWith("!str:", StringComparison.Ordinal) => Disallowed(tag["!str:".Length..]),
            _ when tag.StartsWith("!ruby/string:", StringComparison.Ordinal) => Disallowed(tag["!ruby/string:".Length..]),
            _ => null,
        };
    }

    // Psych's dates and times start with four digits and a dash; only such plain text needs typing here.
    private static bool MayBeTime(string text) =>
        text.Length >= 8 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]) && text[4] == '-';

    private static string? SequenceFailure(string tag) => ClassSuffix(tag, "!seq:", "!ruby/array:") is { } name ? Disallowed(name) : null;

    private static string? MappingFailure(string tag)
    {
        if (tag is "!set" or "tag:yaml.org,2002:set")
        {
            return Disallowed("Psych::Set");
        }

        if (tag is "!omap" or "tag:yaml.org,2002:omap")
        {
            return Disallowed("Psych::Omap");
        }

        if (tag == "!ruby/range")
        {
            return Disallowed("Range");
        }

        if (tag.StartsWith("!ruby/struct", StringComparison.Ordinal))
        {
            var name = tag["!ruby/struct".Length..].TrimStart(':');
            return Disallowed(name.Length == 0 ? "Struct" : name);
        }

        if (tag.StartsWith("!ruby/object", StringComparison.Ordinal))
        {
            var name = tag["!ruby/object".Length..].TrimStart(':');
            return name == "Hash" ? null : Disallowed(name.Length == 0 ? "Object" : name);
        }

        if (tag.StartsWith("!ruby/exception", StringComparison.Ordinal))
        {
            var name = tag["!ruby/exception".Length..].TrimStart(':');
            return Disallowed(name.Length == 0 ? "Exception" : name);
        }

        return ClassSuffix(tag, "!map:", "!ruby/hash:", "!ruby/array:", "!ruby/marshalable:", "!ruby/hash-with-ivars:", "!str:", "!ruby/string:") is { } other ? Disallowed(other) : null;
    }

    private static string? ClassSuffix(string tag, params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (tag.StartsWith(prefix, StringComparison.Ordinal) && tag.Length > prefix.Length)
            {
                return tag[prefix.Length..];
            }
        }

        return null;
    }

    /// <summary>Ruby's <c>unpack('m')</c>: base 64, skipping what is not a base-64 character, as UTF-8 text.</summary>
    public static string DecodeBase64(string text)
    {
        var bytes = new List<byte>(text.Length * 3 / 4);
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            var value = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a' + 26,
                >= '0' and <= '9' => c - '0' + 52,
                '+' => 62,
                '/' => 63,
                _ => -1,
            };
            if (c == '=')
            {
                break;
            }

            if (value < 0)
            {
                continue;
            }

            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
