using System.Globalization;
using System.Text;
using Lifecycle.Core.Diagnostics;
using static Lifecycle.Core.CodeDeploy.AppSpec.AppSpecDiagnosticCodes;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Psych;

/// <summary>
/// What the agent's YAML layer does with the characters of a file before any YAML is parsed: libyaml 0.2.5's
/// reader, as Ruby's Psych 4 drives it. Psych hands libyaml a string that Ruby's <c>File.read</c> labelled UTF-8,
/// so libyaml decodes UTF-8 and nothing else (a UTF-16 file is bytes that are not UTF-8), refuses every character
/// YAML forbids, and skips a byte order mark only where it looks for the next token at the start of a line,
/// where the mark still counts as a column. libyaml reports each of the reader's errors at line 1 column 1; the
/// SDK says where the character really is.
/// </summary>
internal static class LibYamlInput
{
    private static readonly System.Buffers.SearchValues<char> PlainAscii =
        System.Buffers.SearchValues.Create("\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Where libyaml says every reader error is: it has no position for them.</summary>
    private const string AgentPosition = "at line 1 column 1";

    /// <summary>
    /// Decodes a file's bytes as libyaml does. Returns the text, or null after adding the diagnostic for the first
    /// byte libyaml refuses (in byte order, as it decodes).
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, List<Diagnostic> diagnostics)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var octet = bytes[i];
            if (octet < 0x80)
            {
                if (!IsPrintable(octet))
                {
                    diagnostics.Add(Forbidden(bytes, i, octet, "control characters are not allowed"));
                    return null;
                }

                i++;
                continue;
            }

            var width = (octet & 0xE0) == 0xC0 ? 2 : (octet & 0xF0) == 0xE0 ? 3 : (octet & 0xF8) == 0xF0 ? 4 : 0;
            if (width == 0)
            {
                diagnostics.Add(NotUtf8(bytes, i, "invalid leading UTF-8 octet"));
                return null;
            }

            if (width > bytes.Length - i)
            {
                diagnostics.Add(NotUtf8(bytes, i, "incomplete UTF-8 octet sequence"));
                return null;
            }

            var value = octet & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07);
            for (var k = 1; k < width; k++)
            {
                var trailing = bytes[i + k];
                if ((trailing & 0xC0) != 0x80)
                {
                    // Said at the character's first byte, the one an editor wrote in another encoding.
                    diagnostics.Add(NotUtf8(bytes, i, "invalid trailing UTF-8 octet"));
                    return null;
                }

                value = (value << 6) + (trailing & 0x3F);
            }

            if ((width == 2 && value < 0x80) || (width == 3 && value < 0x800) || (width == 4 && value < 0x10000))
            {
                diagnostics.Add(NotUtf8(bytes, i, "invalid length of a UTF-8 sequence"));
                return null;
            }

            if (value is >= 0xD800 and <= 0xDFFF or > 0x10FFFF)
            {
                diagnostics.Add(Forbidden(bytes, i, value, "invalid Unicode character"));
                return null;
            }

            if (!IsPrintable(value))
            {
                diagnostics.Add(Forbidden(bytes, i, value, "control characters are not allowed"));
                return null;
            }

            i += width;
        }

        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// Checks a text already decoded by the caller for the characters libyaml refuses. Returns false after adding
    /// the diagnostic for the first one.
    /// </summary>
    public static bool Check(string text, List<Diagnostic> diagnostics)
    {
        // Most files are printable ASCII and line breaks throughout: a vectorized search finds the first other character.
        var start = text.AsSpan().IndexOfAnyExcept(PlainAscii);
        if (start < 0)
        {
            return true;
        }

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                diagnostics.Add(ForbiddenAt(text, i, c, "invalid Unicode character"));
                return false;
            }

            if (!IsPrintable(c))
            {
                diagnostics.Add(ForbiddenAt(text, i, c, "control characters are not allowed"));
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The text as libyaml's scanner sees it: a byte order mark at the start of a line, where the scanner looks for
    /// the next token, is skipped but still counts as a column, exactly as a space would. Returns the text with
    /// each such mark made a space, and the line of the first, or 0 when there is none.
    /// </summary>
    public static string ShiftByteOrderMarks(string text, out int firstLine)
    {
        firstLine = 0;
        if (!text.Contains('\uFEFF', StringComparison.Ordinal))
        {
            return text;
        }

        var chars = text.ToCharArray();
        var line = 1;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\uFEFF' && (i == 0 || IsBreak(text, i - 1)))
            {
                chars[i] = ' ';
                firstLine = firstLine == 0 ? line : firstLine;
            }

            if (IsBreak(text, i))
            {
                line++;
            }
        }

        return new string(chars);
    }

    // libyaml's line breaks; a CR before an LF is one break with it.
    private static bool IsBreak(string text, int i) =>
        text[i] is '\n' or '\u0085' or '\u2028' or '\u2029' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'));

    // The characters YAML 1.1 allows, as libyaml tests them (its reader's printable check).
    private static bool IsPrintable(int value) =>
        value is 0x09 or 0x0A or 0x0D or >= 0x20 and <= 0x7E or 0x85 or >= 0xA0 and <= 0xD7FF or >= 0xE000 and <= 0xFFFD or >= 0x10000 and <= 0x10FFFF;

    private static Diagnostic NotUtf8(ReadOnlySpan<byte> bytes, int offset, string agentWords)
    {
        var at = PositionOf(bytes, offset);
        var why = bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || LooksLikeUtf16(bytes)
            ? "The file is UTF-16 (as Windows PowerShell 5 writes with Out-File or >), which the agent does not read."
            : bytes[offset] >= 0xA0
                ? string.Create(CultureInfo.InvariantCulture, $"Byte 0x{bytes[offset]:X2} is not UTF-8; it is likely a Windows-1252 or Latin-1 character (such as é or £) from an editor that saved in that encoding.")
                : string.Create(CultureInfo.InvariantCulture, $"Byte 0x{bytes[offset]:X2} is not UTF-8.");
        return new Diagnostic(NotUtf8Text, DiagnosticSeverity.Error,
            $"{why} The agent's YAML reader refuses the file: \"{agentWords} {AgentPosition}\". Save the file as UTF-8.",
            string.Empty, at);
    }

    // A zero byte in a file that reads as UTF-16 is the encoding's, not a character the user wrote.
    private static Diagnostic Forbidden(ReadOnlySpan<byte> bytes, int offset, int value, string agentWords) => value == 0 && LooksLikeUtf16(bytes)
        ? NotUtf8(bytes, offset, agentWords)
        : ForbiddenCharacterDiagnostic(PositionOf(bytes, offset), value, agentWords);

    private static Diagnostic ForbiddenAt(string text, int index, int value, string agentWords) =>
        ForbiddenCharacterDiagnostic(PositionOf(text.AsSpan(0, index)), value, agentWords);

    private static Diagnostic ForbiddenCharacterDiagnostic(SourceSpan at, int value, string agentWords) => new(ForbiddenCharacter, DiagnosticSeverity.Error,
        string.Create(CultureInfo.InvariantCulture,
            $"The character U+{value:X4} is not allowed in YAML, even in a comment or in quotes. The agent's YAML reader refuses the file: \"{agentWords} {AgentPosition}\". Delete it, or write it as an escape (\"\\u{value:X4}\") in a double-quoted value."),
        string.Empty, at);

    // A file of ASCII text in UTF-16 without a byte order mark has a zero in every other byte.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && (bytes[0] == 0 || bytes[1] == 0) && bytes[..4].Count((byte)0) == 2;

    private static SourceSpan PositionOf(ReadOnlySpan<byte> bytes, int offset) => PositionOf(Encoding.UTF8.GetString(bytes[..offset]).AsSpan());

    /// <summary>The 1-based line and column just after <paramref name="before"/>, the text up to a place.</summary>
    internal static SourceSpan PositionOf(ReadOnlySpan<char> before)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == '\n' || (before[i] == '\r' && (i + 1 == before.Length || before[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (!char.IsLowSurrogate(before[i]))
            {
                column++;
            }
        }

        return SourceSpan.At(line, column);
    }
}
