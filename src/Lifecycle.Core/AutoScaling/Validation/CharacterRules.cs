using System.Globalization;
using System.Text;

namespace Lifecycle.Core.AutoScaling.Validation;

/// <summary>
/// The character sets of the botocore model's string shapes, each in one place
/// (reference autoscaling-lifecycle-hooks.md §1.1 and, for what .NET needs, §1.9).
/// Every method returns the index of the first character outside the set, or -1.
/// </summary>
internal static class CharacterRules
{
    // The same sets as JSON Schema patterns (ECMA-262, valid with and without the u flag), for the published
    // schemas. A test holds each pattern to its method below over arbitrary strings.

    /// <summary><see cref="FirstInvalidHookNameCharacter"/> as a pattern; the lookahead stands for the end of the text.</summary>
    public const string HookNamePattern = "^[A-Za-z0-9_/-]+(?![\\s\\S])";

    /// <summary>
    /// <see cref="FirstInvalidXmlCharacter"/> as a pattern: every character but the C0 controls other than tab, LF and
    /// CR, U+FFFE and U+FFFF. A lone surrogate cannot be written portably, so the pattern lets it pass.
    /// </summary>
    public const string XmlCharactersPattern = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]*(?![\\s\\S])";

    /// <summary><see cref="FirstInvalidPrintableAsciiCharacter"/> as a pattern.</summary>
    public const string PrintableAsciiPattern = "^[\\t\\n\\r\\u0020-\\u007E]*(?![\\s\\S])";

    /// <summary>
    /// <c>AsciiStringMaxLen255</c>: <c>[A-Za-z0-9\-_\/]+</c>. The model's pattern is unanchored; the SDK
    /// applies it to the whole name, as the anchored <c>^[A-Za-z0-9\-_\/]+$</c> would (§1.9).
    /// </summary>
    public static int FirstInvalidHookNameCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The XML 1.0 <c>Char</c> production that the model's XML pattern means (its literal form does not
    /// compile in .NET, §1.9): tab, line feed, carriage return, U+0020..U+D7FF, U+E000..U+FFFD, and
    /// well-formed surrogate pairs. A lone surrogate is refused.
    /// </summary>
    public static int FirstInvalidXmlCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD'))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary><c>AnyPrintableAsciiStringMaxLen4000</c>: <c>[\u0009\u000A\u000D\u0020-\u007e]+</c>.</summary>
    public static int FirstInvalidPrintableAsciiCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!(c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '~')))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Names a character for a message: <c>a space</c>, <c>'é' (U+00E9)</c>, <c>U+0007</c>.</summary>
    public static string Describe(string value, int index)
    {
        var c = value[index];
        if (c == ' ')
        {
            return "a space";
        }

        if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
        {
            var codePoint = char.ConvertToUtf32(c, value[index + 1]);
            return string.Create(CultureInfo.InvariantCulture, $"'{value.AsSpan(index, 2)}' (U+{codePoint:X4})");
        }

        var code = string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
        return char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c)
            ? code
            : $"'{c}' ({code})";
    }
}
