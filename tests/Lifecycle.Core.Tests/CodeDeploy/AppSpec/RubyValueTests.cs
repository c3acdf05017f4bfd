using Lifecycle.Core.CodeDeploy.AppSpec.Psych;
using Lifecycle.Core.Yaml;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>Plain scalars typed as the agent's Ruby YAML.load (Psych 4) types them (reference §2.2, §2.4, §2.6.1).</summary>
public class RubyValueTests
{
    private static RubyValue Plain(string text) => YamlScalar.Create(text, ScalarStyle.Plain, null, SourceSpan.At(1, 1)).Ruby;

    [Theory]
    [InlineData("0.0", "Float", "0.0")]
    [InlineData("0", "Integer", "0")]
    [InlineData("1.0", "Float", "1.0")]
    [InlineData("0.1", "Float", "0.1")]
    [InlineData("1.", "Float", "1.0")]
    [InlineData(".5", "Float", "0.5")]
    [InlineData("0.0.", "String", "0.0.")]
    [InlineData("0644", "Integer", "420")]
    [InlineData("0755", "Integer", "493")]
    [InlineData("644", "Integer", "644")]
    [InlineData("0x1F", "Integer", "31")]
    [InlineData("0b101", "Integer", "5")]
    [InlineData("1_000", "Integer", "1000")]
    [InlineData("1,000", "Integer", "1000")]
    [InlineData("1:30", "Integer", "5400")]
    [InlineData("1:30:00", "Integer", "5400")]
    [InlineData("-1:30", "Integer", "-1800")]
    [InlineData("08", "String", "08")]
    [InlineData("linux", "String", "linux")]
    [InlineData("30abc", "String", "30abc")]
    [InlineData("~", "Nil", "")]
    [InlineData("null", "Nil", "")]
    [InlineData("NULL", "Nil", "")]
    [InlineData("", "Nil", "")]
    [InlineData("yes", "True", "true")]
    [InlineData("On", "True", "true")]
    [InlineData("FALSE", "False", "false")]
    [InlineData("y", "String", "y")]
    [InlineData("2020-01-31", "Date", "2020-01-31")]
    [InlineData(".inf", "Float", "Infinity")]
    [InlineData("1e3", "String", "1e3")]
    [InlineData("1.0e+3", "Float", "1000.0")]
    public void Plain_IsTypedAsPsychTypesIt(string text, string kind, string rubyString)
    {
        var value = Plain(text);

        Assert.Equal(Enum.Parse<RubyKind>(kind), value.Kind);
        Assert.Equal(rubyString, value.ToRubyString());
    }

    [Fact]
    public void Quoted_IsAlwaysAString()
    {
        var value = YamlScalar.Create("0.0", ScalarStyle.Quoted, null, SourceSpan.At(1, 1)).Ruby;
        Assert.Equal(RubyKind.String, value.Kind);
    }

    [Theory]
    [InlineData("300", 300)]
    [InlineData("30abc", 30)]
    [InlineData("  42 seconds", 42)]
    [InlineData("foo", 0)]
    [InlineData("-5", -5)]
    [InlineData("1_0", 10)]
    [InlineData("30.9", 30)]
    public void ToRubyInteger_ReadsAsRubyToI(string text, long expected) =>
        Assert.Equal(expected, (long)YamlScalar.Create(text, text.Contains('.', StringComparison.Ordinal) ? ScalarStyle.Plain : ScalarStyle.Quoted, null, SourceSpan.At(1, 1)).Ruby.ToRubyInteger()!.Value);

    [Theory]
    [InlineData("true")]
    [InlineData(".nan")]
    [InlineData("2020-01-01")]
    public void ToRubyInteger_IsNullWhereRubyHasNoToI(string text) => Assert.Null(Plain(text).ToRubyInteger());
}
