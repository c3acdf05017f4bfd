using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

using Lifecycle.Core.Yaml;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Psych;

/// <summary>The Ruby reading of YAML scalars, for the AppSpec readers that must agree with the agent.</summary>
internal static class RubyScalarExtensions
{
    extension(YamlScalar scalar)
    {
        /// <summary>
        /// The value as Ruby's YAML.load reads it (reference §2.2, §2.4, §2.6.1). Computed on each call, not kept:
        /// most scalars are never asked, and keeping it would cost every node the space.
        /// </summary>
        public RubyValue Ruby => RubyValue.Of(scalar);
    }
}

/// <summary>What kind of Ruby object Psych makes of a scalar.</summary>
internal enum RubyKind
{
    Nil,
    True,
    False,
    Integer,
    Float,
    String,

    /// <summary>A date or time: YAML.load (safe since Psych 4) refuses to make one.</summary>
    Date,

    /// <summary>A symbol (<c>:name</c>, or tagged <c>!ruby/sym</c>): Psych 4's load permits it; its text is its name.</summary>
    Symbol,
}

/// <summary>
/// A scalar typed the way the CodeDeploy agent's YAML.load (Ruby Psych's ScalarScanner, YAML 1.1 rules)
/// types it, with Ruby's <c>to_s</c> and <c>to_i</c>. Only plain scalars are typed; quoted and block
/// scalars are strings. This is why <c>version: "0.0"</c> (a string) is refused while <c>version: 0.0</c>
/// (a float) is accepted, and why <c>mode: 0644</c> is the octal number 420.
/// </summary>
internal readonly partial record struct RubyValue(RubyKind Kind, string Text, BigInteger Integer, double Float)
{
    public bool IsNil => Kind == RubyKind.Nil;

    public bool IsString => Kind == RubyKind.String;

    public bool IsNumber => Kind is RubyKind.Integer or RubyKind.Float;

    /// <summary>Ruby's <c>to_s</c>: what the agent prints in its messages and keeps as text.</summary>
    public string ToRubyString() => Kind switch
    {
        RubyKind.Nil => string.Empty,
        RubyKind.True => "true",
        RubyKind.False => "false",
        RubyKind.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        RubyKind.Float => FloatToString(Float),
        _ => Text,
    };

    /// <summary>
    /// Ruby's <c>to_i</c>, or null where Ruby has none or raises (true, false, dates, NaN, infinity):
    /// strings read leading digits ("30abc" is 30, "foo" is 0), floats truncate.
    /// </summary>
    public BigInteger? ToRubyInteger() => Kind switch
    {
        RubyKind.Integer => Integer,
        RubyKind.Float when double.IsFinite(Float) => new BigInteger(Math.Truncate(Float)),
        RubyKind.String => StringToInteger(Text),
        _ => null,
    };

    /// <summary>
    /// The value Psych 4's ToRuby makes of a scalar: an untagged quoted or block scalar is a string; a tagged
    /// one, however written, is typed by its tag (<c>!!str</c>, <c>!!float</c>, <c>!!binary</c>, <c>!ruby/sym</c>), and any
    /// other tag (<c>!!int</c>, <c>!!null</c>, <c>!foo</c>) leaves it typed as if untagged: <c>!!null 500</c> is 500.
    /// A tag that makes YAML.load fail is <see cref="PsychTags.LoadFailure"/>'s to report; here it reads as a string.
    /// </summary>
    public static RubyValue Of(YamlScalar scalar)
    {
        // libyaml marks a scalar quoted (or plain) only when it has no tag, so a tag decides even on "quoted" text.
        if (scalar.Style != ScalarStyle.Plain && scalar.Tag is null)
        {
            return String(scalar.Value);
        }

        return scalar.Tag switch
        {
            null => Plain(scalar.Value),
            "!binary" or "tag:yaml.org,2002:binary" => String(PsychTags.DecodeBase64(scalar.Value)),
            "!str" or "!ruby/string" or "tag:yaml.org,2002:str" => String(scalar.Value),
            "tag:yaml.org,2002:float" or "!float" => Plain(scalar.Value) switch
            {
                { Kind: RubyKind.Integer } i => new RubyValue(RubyKind.Float, scalar.Value, default, (double)i.Integer),
                { Kind: RubyKind.Float } f => f,
                { Kind: RubyKind.String } text when RubyFloat(text.Text) is { } parsed => new RubyValue(RubyKind.Float, scalar.Value, default, parsed),
                var other => other,
            },
            var tag when PsychTags.IsSymbolTag(tag) => new RubyValue(RubyKind.Symbol, scalar.Value, default, default),
            _ => Plain(scalar.Value),
        };
    }

    private static RubyValue String(string text) => new(RubyKind.String, text, default, default);

    // Psych::ScalarScanner#tokenize (Psych 4, as the agent's Ruby 3.1 bundles it), test for test in its order.
    private static RubyValue Plain(string text)
    {
        if (text.Length == 0)
        {
            return new RubyValue(RubyKind.Nil, text, default, default);
        }

        // Fast path, same answer: all digits without a leading zero is a plain decimal integer.
        if (char.IsAsciiDigit(text[0]) && (text[0] != '0' || text.Length == 1) && text.Length < 19 && !text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return new RubyValue(RubyKind.Integer, text, long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture), default);
        }

        // Word-like text: a string, unless it is a short null or boolean word (case-insensitive). Text that starts
        // with a letter or '_' always passes Psych's word test, so the regex is needed only for the rest.
        if (char.IsLetter(text[0]) || WordStart.Contains(text[0]) || WordLike().IsMatch(text) || text.Contains('\n', StringComparison.Ordinal))
        {
            if (text.Length > 5 || !"ytonf~YTONF".Contains(text[0], StringComparison.Ordinal))
            {
                return String(text);
            }

            return text == "~" || Is(text, "null") ? new RubyValue(RubyKind.Nil, text, default, default)
                : Is(text, "yes") || Is(text, "true") || Is(text, "on") ? new RubyValue(RubyKind.True, text, default, default)
                : Is(text, "no") || Is(text, "false") || Is(text, "off") ? new RubyValue(RubyKind.False, text, default, default)
                : String(text);
        }

        if (Time().IsMatch(text) || Date().IsMatch(text))
        {
            return new RubyValue(RubyKind.Date, text, default, default);
        }

        if (Is(text, ".inf") || Is(text, "+.inf"))
        {
            return new RubyValue(RubyKind.Float, text, default, double.PositiveInfinity);
        }

        if (Is(text, "-.inf"))
        {
            return new RubyValue(RubyKind.Float, text, default, double.NegativeInfinity);
        }

        if (Is(text, ".nan"))
        {
            return new RubyValue(RubyKind.Float, text, default, double.NaN);
        }

        // :name and :"name" are the Symbol name; its to_s is the name without the colon.
        if (text[0] == ':' && text.Length > 1)
        {
            var name = text[1..];
            if (name.Length >= 2 && name[0] is '"' or '\'' && name.IndexOf(name[0], 1) is var close and > 0)
            {
                name = name[1..close];
                name = name.StartsWith(':') ? name[1..] : name;
            }

            return new RubyValue(RubyKind.Symbol, name, default, default);
        }

        if (SexagesimalInteger().IsMatch(text))
        {
            return new RubyValue(RubyKind.Integer, text, Sexagesimal(text), default);
        }

        if (SexagesimalFloatPattern().IsMatch(text))
        {
            return new RubyValue(RubyKind.Float, text, default, SexagesimalFloat(text));
        }

        if (FloatPattern().IsMatch(text) && text.TrimStart('+', '-') != ".")
        {
            var cleaned = text.Replace("_", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
            var mantissaEnd = cleaned.IndexOfAny(['e', 'E']);
            var mantissa = mantissaEnd < 0 ? cleaned : cleaned[..mantissaEnd];
            var exponent = mantissaEnd < 0 ? string.Empty : cleaned[mantissaEnd..];
            var sign = mantissa[0] is '-' or '+' ? mantissa[..1] : string.Empty;
            var digits = mantissa[sign.Length..];
            var normalized = sign + (digits[0] == '.' ? "0" : string.Empty) + digits + (digits[^1] == '.' ? "0" : string.Empty) + exponent;
            return new RubyValue(RubyKind.Float, text, default, double.Parse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (IntegerPattern().IsMatch(text))
        {
            return ParseInteger(text);
        }

        return String(text);
    }

    // Characters of Psych's word class: text that starts with one of them (or a letter) always passes its word test.
    private static readonly System.Buffers.SearchValues<char> WordStart = System.Buffers.SearchValues.Create("_ \t\r\n\f\v!@#$%^&*(){}<>|/\\~;=");

    private static bool Is(string text, string word) => string.Equals(text, word, StringComparison.OrdinalIgnoreCase);

    // Psych's base 60, with its bug kept: each part is multiplied by 60 to the power |index - 2|, so "1:30" is
    // 1 * 3600 + 30 * 60 = 5400 (not 90), and the sign belongs to the first part only ("-1:30" is -1800).
    private static BigInteger Sexagesimal(string text)
    {
        BigInteger total = 0;
        var parts = text.Split(':');
        for (var e = 0; e < parts.Length; e++)
        {
            total += StringToInteger(parts[e]) * BigInteger.Pow(60, Math.Abs(e - 2));
        }

        return total;
    }

    private static double SexagesimalFloat(string text)
    {
        var total = 0.0;
        var parts = text.Split(':');
        for (var e = 0; e < parts.Length; e++)
        {
            total += (RubyStringToFloat(parts[e]) * Math.Pow(60, Math.Abs(e - 2)));
        }

        return total;
    }

    private static RubyValue ParseInteger(string text)
    {
        var cleaned = text.Replace("_", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        var negative = cleaned[0] == '-';
        var body = cleaned.TrimStart('+', '-');
        BigInteger value;
        if (body.StartsWith("0b", StringComparison.Ordinal))
        {
            value = Digits(body[2..], 2);
        }
        else if (body.StartsWith("0x", StringComparison.Ordinal))
        {
            value = BigInteger.Parse("0" + body[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        else if (body.Length > 1 && body[0] == '0')
        {
            value = Digits(body[1..], 8);
        }
        else
        {
            value = BigInteger.Parse(body, CultureInfo.InvariantCulture);
        }

        return new RubyValue(RubyKind.Integer, text, negative ? -value : value, default);
    }

    private static BigInteger Digits(string digits, int radix)
    {
        BigInteger value = 0;
        foreach (var c in digits)
        {
            value = (value * radix) + (c - '0');
        }

        return value;
    }

    // Ruby String#to_i: optional leading white space and sign, then digits with single underscores between them.
    private static BigInteger StringToInteger(string text)
    {
        var span = text.AsSpan().TrimStart(" \t\n\v\f\r");
        var negative = false;
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        BigInteger value = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsAsciiDigit(span[i]))
            {
                value = (value * 10) + (span[i] - '0');
            }
            else if (span[i] == '_' && i > 0 && char.IsAsciiDigit(span[i - 1]) && i + 1 < span.Length && char.IsAsciiDigit(span[i + 1]))
            {
                continue;
            }
            else
            {
                break;
            }
        }

        return negative ? -value : value;
    }

    // Ruby Float#to_s: "0.0", "1.5", "1.0e+20", "Infinity", "NaN".
    private static string FloatToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var magnitude = Math.Abs(value);
        if (magnitude != 0 && (magnitude >= 1e16 || magnitude < 1e-4))
        {
            var e = value.ToString("0.0################E+00", CultureInfo.InvariantCulture);
            return e.Replace("E", "e", StringComparison.Ordinal);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }

    // Psych's first test: an optional character that is no digit, '.', ':' or '-', then letters or punctuation.
    [GeneratedRegex(@"\A[^\d.:-]?[\p{L}_\s!@#$%\^&*(){}<>|/\\~;=]+")]
    private static partial Regex WordLike();

    [GeneratedRegex(@"\A\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)\z")]
    private static partial Regex Date();

    [GeneratedRegex(@"\A\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?\z")]
    private static partial Regex Time();

    [GeneratedRegex(@"\A(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)\z")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"\A[-+]?(?:[0-9][0-9_,]*)?\.[0-9]*(?:[eE][-+][0-9]+)?\z")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"\A[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}\z")]
    private static partial Regex SexagesimalInteger();

    [GeneratedRegex(@"\A[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}\.[0-9_]*\z")]
    private static partial Regex SexagesimalFloatPattern();

    /// <summary>Ruby's <c>Float(text)</c> on a string: decimal or hexadecimal, with single underscores between digits; null where it raises.</summary>
    internal static double? RubyFloat(string text)
    {
        var trimmed = text.Trim(' ', '\t', '\n', '\v', '\f', '\r');
        if (HexInteger().IsMatch(trimmed))
        {
            var negative = trimmed[0] == '-';
            var digits = trimmed.TrimStart('+', '-')[2..].Replace("_", string.Empty, StringComparison.Ordinal);
            var value = (double)System.Numerics.BigInteger.Parse("0" + digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return negative ? -value : value;
        }

        return DecimalFloat().IsMatch(trimmed)
            ? double.Parse(trimmed.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Ruby's <c>String#to_f</c>: the longest leading decimal number, or 0.</summary>
    private static double RubyStringToFloat(string text)
    {
        var match = LeadingFloat().Match(text.TrimStart(' ', '\t', '\n', '\v', '\f', '\r'));
        return match.Success && match.Length > 0 && double.TryParse(match.Value.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : 0;
    }

    [GeneratedRegex(@"\A[-+]?0[xX][0-9a-fA-F]+(?:_[0-9a-fA-F]+)*\z")]
    private static partial Regex HexInteger();

    [GeneratedRegex(@"\A[-+]?(?:\d+(?:_\d+)*)(?:\.\d+(?:_\d+)*)?(?:[eE][-+]?\d+)?\z")]
    private static partial Regex DecimalFloat();

    [GeneratedRegex(@"\A[-+]?\d+(?:_\d+)*(?:\.\d+(?:_\d+)*)?(?:[eE][-+]?\d+)?")]
    private static partial Regex LeadingFloat();
}
