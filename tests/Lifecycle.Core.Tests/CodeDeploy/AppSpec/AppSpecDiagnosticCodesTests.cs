using System.Reflection;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>
/// The APP codes' scheme holds: 0xx reading the document (numbered as in every family), 1xx what the agent fails a
/// deployment on (errors), 2xx what it lets through (warnings and notes), 3xx ECS and Lambda AppSpecs (errors).
/// </summary>
public class AppSpecDiagnosticCodesTests
{
    public static TheoryData<string> Codes => [.. typeof(AppSpecDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EachCode_HasTheSeverityItsHundredSays(string code)
    {
        Assert.True(DiagnosticRules.TryGet(code, out var rule));
        Assert.Matches("^APP[0-4][0-9]{2}$", code);
        switch (code[3])
        {
            case '1' or '3':
                Assert.Equal(DiagnosticSeverity.Error, rule.DefaultSeverity);
                break;
            case '2':
                Assert.NotEqual(DiagnosticSeverity.Error, rule.DefaultSeverity);
                break;
        }
    }

    [Fact]
    public void TheReadingCodes_AreTheSharedNumbers() =>
        Assert.Equal(
            (AppSpecDiagnosticCodes.YamlSyntax, AppSpecDiagnosticCodes.DocumentTooLarge, AppSpecDiagnosticCodes.RootNotMapping, AppSpecDiagnosticCodes.UnknownKey, AppSpecDiagnosticCodes.DuplicateKey),
            ("APP001", "APP002", "APP005", "APP007", "APP008"));
}
