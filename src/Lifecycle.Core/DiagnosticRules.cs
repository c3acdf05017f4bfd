using System.Diagnostics.CodeAnalysis;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core;

/// <summary>Every rule the SDK reports by code: AppSpec files (APP), Auto Scaling hooks (ASH) and scenarios (SIM).</summary>
public static class DiagnosticRules
{
    private static readonly Dictionary<string, DiagnosticRule> ByCode = Index();

    /// <summary>All rules, in code order.</summary>
    public static IReadOnlyList<DiagnosticRule> All { get; } = [.. ByCode.Values.OrderBy(r => r.Code, StringComparer.Ordinal)];

    /// <summary>The rule of <paramref name="code"/>, or false when the SDK has no such code.</summary>
    public static bool TryGet(string code, [NotNullWhen(true)] out DiagnosticRule? rule) => ByCode.TryGetValue(code, out rule);

    private static Dictionary<string, DiagnosticRule> Index()
    {
        var rules = new Dictionary<string, DiagnosticRule>(StringComparer.Ordinal);
        foreach (var (page, list) in new[]
        {
            (AppSpecDiagnosticRules.Page, AppSpecDiagnosticRules.All),
            (AutoScalingDiagnosticRules.Page, AutoScalingDiagnosticRules.All),
            (ScenarioDiagnosticRules.Page, ScenarioDiagnosticRules.All),
        })
        {
            foreach (var rule in list)
            {
                rules.Add(rule.Code, rule with { DocumentationPage = page });
            }
        }

        return rules;
    }
}
