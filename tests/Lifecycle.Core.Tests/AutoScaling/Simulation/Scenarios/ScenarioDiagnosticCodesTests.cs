using System.Reflection;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>The SIM codes' scheme holds: 0xx reading the document (numbered as in every family), 1xx the scenario's own rules (errors).</summary>
public class ScenarioDiagnosticCodesTests
{
    public static TheoryData<string> Codes => [.. typeof(ScenarioDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EachCode_IsAReadingCodeOrAnError(string code)
    {
        Assert.True(DiagnosticRules.TryGet(code, out var rule));
        Assert.Matches("^SIM[01][0-9]{2}$", code);
        Assert.True(code[3] == '0' || rule.DefaultSeverity == DiagnosticSeverity.Error, code);
        Assert.Equal("simulation.md", rule.DocumentationPage);
    }

    [Fact]
    public void TheReadingCodes_AreTheSharedNumbers() =>
        Assert.Equal(
            (ScenarioDiagnosticCodes.Syntax, ScenarioDiagnosticCodes.DocumentTooLarge, ScenarioDiagnosticCodes.WrongType, ScenarioDiagnosticCodes.UnknownKey, ScenarioDiagnosticCodes.DuplicateKey),
            ("SIM001", "SIM002", "SIM006", "SIM007", "SIM008"));
}
