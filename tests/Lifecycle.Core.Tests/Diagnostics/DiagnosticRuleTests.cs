using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.Diagnostics;

/// <summary>A code's descriptor: its title, severity, docs page and anchor, the sources it rests on, and the AWS error it answers with.</summary>
public class DiagnosticRuleTests
{
    [Theory]
    [InlineData("APP102", "appspec-rules.md", null)]
    [InlineData("ASH103", "autoscaling-hooks.md", "ValidationError")]
    [InlineData("ASH203", "autoscaling-hooks.md", "LimitExceeded")]
    [InlineData("ASH007", "autoscaling-hooks.md", null)]
    [InlineData("SIM105", "simulation.md", null)]
    public void ARule_PointsAtItsPagesAnchor_AndNamesTheAwsErrorOfAServiceCall(string code, string page, string? awsError)
    {
        Assert.True(DiagnosticRules.TryGet(code, out var rule));

        Assert.Equal(page, rule.DocumentationPage);
        Assert.Equal(awsError, rule.AwsErrorCode);
        Assert.NotNull(rule.HelpUri);
        Assert.EndsWith($"docs/{page}#{code}", rule.HelpUri!.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(rule.Sources);
    }

    [Fact]
    public void EveryRule_HasATitle_ADescription_AndAtLeastOneSource() =>
        Assert.All(DiagnosticRules.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.Description), rule.Code);
            Assert.NotEmpty(rule.Sources);
        });
}
