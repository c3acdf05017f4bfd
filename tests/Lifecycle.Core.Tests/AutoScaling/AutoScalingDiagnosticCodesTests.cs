using System.Reflection;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>
/// The ASH codes' scheme holds: 0xx reading a JSON document (no service call answers with them), 10x-12x one value's
/// rules and 2xx rules across a hook or group (errors the service answers with), 15x the SDK's lint (warnings).
/// The reading numbers mean the same in the three families.
/// </summary>
public class AutoScalingDiagnosticCodesTests
{
    public static TheoryData<string> Codes => [.. typeof(AutoScalingDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EachCode_HasTheSeverityAndAwsErrorItsRangeSays(string code)
    {
        Assert.True(DiagnosticRules.TryGet(code, out var rule));
        var number = int.Parse(code[3..], System.Globalization.CultureInfo.InvariantCulture);
        if (number < 100)
        {
            Assert.Null(rule.AwsErrorCode);
        }
        else if (number is >= 150 and < 200)
        {
            Assert.Equal(DiagnosticSeverity.Warning, rule.DefaultSeverity);
        }
        else if (number >= 300)
        {
            // Templates: CloudFormation or Terraform refuses these, or they deploy and misbehave (ASH304); no API error.
            Assert.Equal((code == AutoScalingDiagnosticCodes.SeparateLaunchHookMissesFirstInstances ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, (string?)null),
                (rule.DefaultSeverity, rule.AwsErrorCode));
        }
        else
        {
            Assert.Equal((DiagnosticSeverity.Error, code == AutoScalingDiagnosticCodes.HookLimitExceeded ? AutoScalingError.LimitExceeded : AutoScalingError.ValidationError),
                (rule.DefaultSeverity, rule.AwsErrorCode));
        }
    }

    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("005")]
    [InlineData("006")]
    [InlineData("007")]
    [InlineData("008")]
    public void AReadingNumber_NamesTheSameFinding_InEveryFamilyThatHasIt(string number)
    {
        var rules = new[] { "APP", "ASH", "SIM" }
            .Select(family => DiagnosticRules.TryGet(family + number, out var rule) ? rule : null)
            .OfType<DiagnosticRule>()
            .ToList();

        Assert.True(rules.Count >= 2, $"{number} is used by at most one family");
        // An unknown key (007) is ignored by the agent and the service, so a warning, but refused by the simulator.
        var severity = number switch { "007" => (DiagnosticSeverity?)null, "008" => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Error };
        Assert.All(rules, r => Assert.True(severity is null || r.DefaultSeverity == severity, r.Code));
    }
}
