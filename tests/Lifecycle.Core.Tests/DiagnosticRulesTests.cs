using System.Reflection;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests;

/// <summary>Every code has its rule (title, description, severity, page), and its page has the code's anchor, where SARIF help links point.</summary>
public partial class DiagnosticRulesTests
{
    [Theory]
    [InlineData(typeof(AppSpecDiagnosticCodes))]
    [InlineData(typeof(AutoScalingDiagnosticCodes))]
    [InlineData(typeof(ScenarioDiagnosticCodes))]
    public void EveryCode_HasItsRule_AndItsAnchorOnItsPage(Type codes)
    {
        foreach (var code in codes.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!))
        {
            Assert.True(DiagnosticRules.TryGet(code, out var rule), $"{code} has no rule");
            Assert.False(string.IsNullOrWhiteSpace(rule.Title) || string.IsNullOrWhiteSpace(rule.Description), code);
            var page = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", rule.DocumentationPage));
            Assert.True(page.Contains($"<a id=\"{code}\"></a>", StringComparison.Ordinal), $"docs/{rule.DocumentationPage} has no anchor for {code}");
        }
    }

    [Fact]
    public void All_IsInCodeOrder_AndHoldsNoOtherCodes()
    {
        Assert.Equal(DiagnosticRules.All.Select(r => r.Code).Order(StringComparer.Ordinal), DiagnosticRules.All.Select(r => r.Code));
        Assert.Equal(AppSpecDiagnosticRules.All.Length + AutoScalingDiagnosticRules.All.Length + ScenarioDiagnosticRules.All.Length, DiagnosticRules.All.Count);
        Assert.False(DiagnosticRules.TryGet("APP999", out _));
    }

    [Theory]
    [InlineData("APP102", DiagnosticSeverity.Error)]
    [InlineData("APP201", DiagnosticSeverity.Warning)]
    [InlineData("APP215", DiagnosticSeverity.Info)]
    [InlineData("ASH151", DiagnosticSeverity.Warning)]
    [InlineData("ASH007", DiagnosticSeverity.Warning)]
    [InlineData("SIM105", DiagnosticSeverity.Error)]
    public void DefaultSeverity_IsTheOneItsFindingsHave(string code, DiagnosticSeverity severity)
    {
        Assert.True(DiagnosticRules.TryGet(code, out var rule));
        Assert.Equal(severity, rule.DefaultSeverity);
    }
}
