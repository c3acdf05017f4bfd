using System.Text;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>
/// The bytes of an AppSpec as the agent's libyaml reads them: UTF-8 only, the characters YAML allows, and a byte
/// order mark that counts as a column. Each expectation is the agent's verdict on the same bytes.
/// </summary>
public class AgentYamlInputTests
{
    private static readonly byte[] Head = "version: 0.0\nos: linux\n"u8.ToArray();

    private static AppSpecDocument Read(byte[] bytes) => AppSpecReader.Read(bytes, new AppSpecOptions { Platform = ComputePlatform.Server });

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    public static TheoryData<string, byte[], string, string, int, int> Refused => new()
    {
        { "a Windows-1252 é at the end", Concat(Head, "# caf"u8.ToArray(), [0xE9, 0x0A]), "APP009", "incomplete UTF-8 octet sequence", 3, 6 },
        { "a Latin-1 é in a comment", Concat(Head, "# caf"u8.ToArray(), [0xE9], " au lait\n"u8.ToArray()), "APP009", "invalid trailing UTF-8 octet", 3, 6 },
        { "UTF-16 with its byte order mark", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("version: 0.0\n")).ToArray(), "APP009", "invalid leading UTF-8 octet", 1, 1 },
        { "UTF-16 without one", Encoding.Unicode.GetBytes("version: 0.0\n"), "APP009", "control characters are not allowed", 1, 2 },
        { "big-endian UTF-16", Encoding.BigEndianUnicode.GetBytes("version: 0.0\n"), "APP009", "control characters are not allowed", 1, 1 },
        { "an overlong /", Concat(Head, [0x23, 0x20, 0xC0, 0xAF, 0x0A]), "APP009", "invalid length of a UTF-8 sequence", 3, 3 },
        { "an encoded surrogate", Concat(Head, [0x23, 0x20, 0xED, 0xA0, 0x80, 0x0A]), "APP010", "invalid Unicode character", 3, 3 },
        { "NUL", Concat(Head, "# a"u8.ToArray(), [0x00], "b\n"u8.ToArray()), "APP010", "control characters are not allowed", 3, 4 },
        { "DEL", Concat(Head, "# a"u8.ToArray(), [0x7F], "b\n"u8.ToArray()), "APP010", "control characters are not allowed", 3, 4 },
        { "a C1 control", Concat(Head, "# a"u8.ToArray(), [0xC2, 0x80], "b\n"u8.ToArray()), "APP010", "control characters are not allowed", 3, 4 },
        { "U+FFFE", Concat(Head, "# a"u8.ToArray(), [0xEF, 0xBF, 0xBE], "b\n"u8.ToArray()), "APP010", "control characters are not allowed", 3, 4 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void BytesTheAgentRefuses_AreAnError_WhereTheyAre_InItsWords(string what, byte[] bytes, string code, string words, int line, int column)
    {
        var document = Read(bytes);

        var error = Assert.Single(document.Diagnostics);
        Assert.True(error.IsError, what);
        Assert.Equal(code, error.Code);
        Assert.Contains($"\"{words} at line 1 column 1\"", error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Span?.Line, error.Span?.Column));
    }

    [Fact]
    public void AUtf16File_IsNamedAsUtf16()
    {
        var document = Read(Encoding.Unicode.GetBytes("version: 0.0\nos: linux\n"));

        Assert.Contains("UTF-16", Assert.Single(document.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# a\tb\n")]
    [InlineData("# a\u00A0b\n")]
    [InlineData("# \U0001F600\n")]
    public void CharactersYamlAllows_AreRead(string comment)
    {
        Assert.True(Read(Concat(Head, Encoding.UTF8.GetBytes(comment))).IsValid);
    }

    [Theory]
    [InlineData(0x0001)]
    [InlineData(0xFFFF)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void TheTextReader_RefusesTheSameCharacters(int character)
    {
        var document = AppSpecReader.Read("version: 0.0\nos: linux\n# " + (char)character + "\n", new AppSpecOptions { Platform = ComputePlatform.Server });

        Assert.Equal("APP010", Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void AByteOrderMarkAtTheStartOfALine_CountsAsAColumn()
    {
        var document = Read(Concat("version: 0.0\n"u8.ToArray(), [0xEF, 0xBB, 0xBF], "os: linux\n"u8.ToArray()));

        Assert.False(document.IsValid);
        Assert.Contains(document.Diagnostics, d => d.Code == "APP211" && d.Span?.Line == 2);
    }

    [Fact]
    public void AByteOrderMarkInsideALine_IsPartOfTheText()
    {
        var document = Read(Concat("version: 0.0\nos: li"u8.ToArray(), [0xEF, 0xBB, 0xBF], "nux\n"u8.ToArray()));

        Assert.Contains(document.Diagnostics, d => d.Code == "APP103" && d.Message.Contains("li\uFEFFnux", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoByteOrderMarks_MakeTheSecondPartOfTheFirstKey()
    {
        var document = Read(Concat([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], Head));

        Assert.Contains(document.Diagnostics, d => d.Code == "APP102");
    }

    [Fact]
    public void AByteOrderMarkBeforeAOneLineJsonAppSpec_IsHarmless()
    {
        Assert.True(Read(Concat([0xEF, 0xBB, 0xBF], "{\"version\": 0.0, \"os\": \"linux\"}\n"u8.ToArray())).IsValid);
    }
}
