using System.Reflection;
using System.Text.RegularExpressions;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests;

/// <summary>Every diagnostic code the SDK can report is explained on its docs page, and no page names a code that does not exist.</summary>
public partial class DiagnosticRulesTests
{
    [Theory]
    [InlineData(typeof(AppSpecDiagnosticCodes), "appspec-rules.md", "APP")]
    [InlineData(typeof(AutoScalingDiagnosticCodes), "autoscaling-hooks.md", "ASH")]
    [InlineData(typeof(ScenarioDiagnosticCodes), "simulation.md", "SIM")]
    public void EveryCode_IsDocumented_AndEveryDocumentedCodeExists(Type codes, string page, string prefix)
    {
        var defined = codes.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        var text = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", page));
        var documented = Code().Matches(text).Select(m => m.Value).Where(c => c.StartsWith(prefix, StringComparison.Ordinal)).ToHashSet();

        Assert.Empty(defined.Except(documented));
        Assert.Empty(documented.Except(defined));
        Assert.Equal(defined.Count, defined.Distinct().Count());
    }

    [GeneratedRegex(@"\b[A-Z]{3}\d{3}\b")]
    private static partial Regex Code();
}
