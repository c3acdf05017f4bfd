using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;

namespace Lifecycle.Core.Tests.Yaml;

/// <summary>One way from text to tree for every reader: one length bound, one BOM policy, JSON read once.</summary>
public class DocumentTreeTests
{
    private static readonly TreeReadProfile Profile = ScenarioLimits.Default.ToTreeProfile();

    [Theory]
    [InlineData("YamlOrJson", "a: 1")]
    [InlineData("YamlOrJson", "{\"a\": 1}")]
    [InlineData("Json", "{\"a\": 1}")]
    public void Read_DropsOneLeadingByteOrderMark_AndSaysSo(string syntax, string text)
    {
        var diagnostics = new List<Diagnostic>();

        var tree = DocumentTree.Read("\uFEFF" + text, Profile, Enum.Parse<TreeSyntax>(syntax), diagnostics);

        Assert.Empty(diagnostics);
        Assert.True(tree.HadByteOrderMark);
        Assert.Equal("a", Assert.IsType<YamlMapping>(tree.Root).Entries[0].KeyText);
    }

    [Fact]
    public void Read_WellFormedJson_IsReadAsJson_WithNoProblem()
    {
        var tree = DocumentTree.Read("[1, {\"b\": null}]", Profile, TreeSyntax.YamlOrJson, []);

        Assert.True(tree.IsJson);
        Assert.Null(tree.JsonProblem);
        Assert.Equal(2, Assert.IsType<YamlSequence>(tree.Root).Items.Length);
    }

    [Fact]
    public void Read_JsonThatOnlyYamlAccepts_IsReadAsYaml_AndTheJsonProblemIsKeptForTheCaller()
    {
        var diagnostics = new List<Diagnostic>();

        var tree = DocumentTree.Read("{\"a\": 1,}", Profile, TreeSyntax.YamlOrJson, diagnostics);

        Assert.Empty(diagnostics);
        Assert.False(tree.IsJson);
        Assert.Equal(ScenarioDiagnosticCodes.Syntax, tree.JsonProblem?.Code);
        Assert.Equal("a", Assert.IsType<YamlMapping>(tree.Root).Entries[0].KeyText);
    }

    [Fact]
    public void Read_StrictJson_ReportsTheProblemItself()
    {
        var diagnostics = new List<Diagnostic>();

        var tree = DocumentTree.Read("a: 1", Profile, TreeSyntax.Json, diagnostics);

        Assert.Null(tree.Root);
        Assert.Equal(ScenarioDiagnosticCodes.Syntax, Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("YamlOrJson")]
    [InlineData("Json")]
    public void Read_PastTheLengthBound_IsOneFinding_WithTheLimitToRaise(string syntax)
    {
        var diagnostics = new List<Diagnostic>();
        var profile = AppSpecLimits.Default.ToTreeProfile() with { MaxDocumentLength = 10 };

        var tree = DocumentTree.Read("{\"abcdefgh\": 1}", profile, Enum.Parse<TreeSyntax>(syntax), diagnostics);

        Assert.Null(tree.Root);
        var finding = Assert.Single(diagnostics);
        Assert.Equal(AppSpecDiagnosticCodes.DocumentTooLarge, finding.Code);
        Assert.Contains("AppSpecLimits.MaxDocumentLength", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YamlWithMoreDocuments_AndAliases_SaysSo()
    {
        var tree = DocumentTree.Read("a: &x 1\nb: *x\n---\nc: 2\n", Profile, TreeSyntax.YamlOrJson, []);

        Assert.True(tree.HasMoreDocuments);
        Assert.Equal("x", Assert.Single(tree.Aliases).Name);
    }
}
