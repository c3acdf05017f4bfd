using System.Diagnostics.CodeAnalysis;
using System.Reflection;
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
        var docs = typeof(DiagnosticRules).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value?.TrimEnd('/') + "/blob/main/docs/";
        foreach (var (page, list, sources) in new[]
        {
            (AppSpecDiagnosticRules.Page, AppSpecDiagnosticRules.All, AppSpecRuleSources.ByCode),
            (AutoScalingDiagnosticRules.Page, AutoScalingDiagnosticRules.All, AutoScalingRuleSources.ByCode),
            (ScenarioDiagnosticRules.Page, ScenarioDiagnosticRules.All, ScenarioRuleSources.ByCode),
        })
        {
            foreach (var rule in list)
            {
                rules.Add(rule.Code, rule with
                {
                    DocumentationPage = page,
                    Sources = sources[rule.Code],
                    HelpUri = Uri.TryCreate(docs + page + "#" + rule.Code, UriKind.Absolute, out var help) ? help : null,
                });
            }
        }

        return rules;
    }
}
