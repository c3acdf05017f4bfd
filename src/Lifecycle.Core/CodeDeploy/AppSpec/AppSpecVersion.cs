using Lifecycle.Core.CodeDeploy.AppSpec.Psych;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// The one AppSpec version, 0.0, for every platform. The agent (EC2/On-Premises) compares it as a number, so 0 and
/// 0.00 pass and the string "0.0" does not; the CodeDeploy service (ECS, Lambda) also takes the JSON string "0.0".
/// </summary>
internal static class AppSpecVersion
{
    /// <summary>The version as the documentation writes it.</summary>
    public const string Text = "0.0";

    /// <summary>True for a number equal to zero, as the agent's <c>[0.0].include?(version)</c> tests it.</summary>
    public static bool IsNumericZero(RubyValue value) =>
        value.IsNumber && (value.Kind == RubyKind.Integer ? value.Integer.IsZero : value.Float == 0.0);
}
