using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;

namespace Lifecycle.Core.Tests.Yaml;

/// <summary>The binder every reader derives from: key checks with near misses, typed values, findings in place.</summary>
public class DocumentBinderTests
{
    [Theory]
    [InlineData("~", "Null")]
    [InlineData("null", "Null")]
    [InlineData("", "Null")]
    [InlineData("TRUE", "Boolean")]
    [InlineData("false", "Boolean")]
    [InlineData("-30", "Integer")]
    [InlineData("0.5", "Float")]
    [InlineData("1e3", "Float")]
    [InlineData("yes", "String")]
    [InlineData("i-0abc", "String")]
    public void KindOf_APlainScalar_FollowsTheYamlCoreSchema(string text, string kind) =>
        Assert.Equal(Enum.Parse<ScalarKind>(kind), DocumentBinder.KindOf(new YamlScalar(text, SourceSpan.At(1, 1))));

    [Fact]
    public void KindOf_AQuotedScalar_IsAlwaysAString() =>
        Assert.Equal(ScalarKind.String, DocumentBinder.KindOf(YamlScalar.Create("30", ScalarStyle.Quoted, null, SourceSpan.At(1, 1))));

    [Fact]
    public void CheckKeys_ReportsTheRepeatedKey_AndTheMisspeltOne_WithTheKeyMeant()
    {
        var binder = new TestBinder();

        binder.Check(Map("hook: a\nlanuch: 1\nhook: b\n"), ["hook", "launch"]);

        Assert.Collection(binder.Found,
            unknown =>
            {
                Assert.Equal(("UNKNOWN", DiagnosticSeverity.Error, "step.lanuch", 2), (unknown.Code, unknown.Severity, unknown.Path, unknown.Span!.Value.Line));
                Assert.Equal("lanuch is not a key of a step. Did you mean launch?", unknown.Message);
            },
            repeated =>
            {
                Assert.Equal(("REPEATED", DiagnosticSeverity.Warning, "step.hook", 3), (repeated.Code, repeated.Severity, repeated.Path, repeated.Span!.Value.Line));
                Assert.Contains("the reader uses the last one", repeated.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void CheckKeys_AMiscasedKey_SaysKeysAreCaseSensitive_AndAFarOneListsTheKeys()
    {
        var binder = new TestBinder();

        binder.Check(Map("Hook: a\nzzzzzz: 1\n"), ["hook", "launch"]);

        Assert.EndsWith("Did you mean hook? Keys are case-sensitive.", binder.Found[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("The keys are: hook, launch.", binder.Found[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("n: 30", 30L, null)]
    [InlineData("n: -1", null, "RANGE")]
    [InlineData("n: '30'", null, "TYPE")]
    [InlineData("n: [1]", null, "TYPE")]
    public void Integer_IsAWholeNumberInRange_OrAFindingWhereItIsWritten(string yaml, long? value, string? code)
    {
        var binder = new TestBinder();

        var read = binder.Number(Map(yaml).Entries[0].Value);

        Assert.Equal(value, read);
        Assert.Equal(code, binder.Found.SingleOrDefault()?.Code);
        Assert.All(binder.Found, d => Assert.Equal((1, 4), (d.Span!.Value.Line, d.Span.Value.Column)));
    }

    private static YamlMapping Map(string yaml) =>
        (YamlMapping)DocumentTree.Read(yaml, Core.AutoScaling.Simulation.Scenarios.ScenarioLimits.Default.ToTreeProfile(), TreeSyntax.YamlOrJson, []).Root!;

    private sealed class TestBinder() : DocumentBinder([], new BindingVocabulary("TYPE", "UNKNOWN", DiagnosticSeverity.Error, "REPEATED", "key", "the reader"))
    {
        public List<Diagnostic> Found => Diagnostics;

        public void Check(YamlMapping map, string[] known) => CheckKeys(map, known, "step", "a step");

        public long? Number(YamlNode node) => Integer(node, "n", 0, 100, "RANGE");
    }
}
