namespace Lifecycle.Core.AutoScaling;

/// <summary>The public sources each ASH rule rests on, by the names the rules' docs page lists under Sources.</summary>
internal static class AutoScalingRuleSources
{
    public static readonly IReadOnlyDictionary<string, string[]> ByCode = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["ASH100"] = ["API model"],
        ["ASH101"] = ["API model"],
        ["ASH102"] = ["API model"],
        ["ASH103"] = ["API model"],
        ["ASH104"] = ["API model"],
        ["ASH105"] = ["API model"],
        ["ASH106"] = ["API model"],
        ["ASH107"] = ["API model"],
        ["ASH108"] = ["API model"],
        ["ASH109"] = ["API model"],
        ["ASH110"] = ["API model"],
        ["ASH111"] = ["API model"],
        ["ASH112"] = ["API model"],
        ["ASH113"] = ["API model"],
        ["ASH114"] = ["API model"],
        ["ASH115"] = ["API model"],
        ["ASH116"] = ["API model"],
        ["ASH117"] = ["API model"],
        ["ASH118"] = ["API model"],
        ["ASH119"] = ["API model"],
        ["ASH120"] = ["API model"],
        ["ASH150"] = ["User Guide"],
        ["ASH151"] = ["User Guide"],
        ["ASH152"] = ["API model"],
        ["ASH153"] = ["derived here"],
        ["ASH154"] = ["API model"],
        ["ASH201"] = ["API model", "User Guide"],
        ["ASH202"] = ["User Guide"],
        ["ASH203"] = ["API model", "User Guide"],
        ["ASH204"] = ["API model"],
        ["ASH205"] = ["API Reference"],
        ["ASH206"] = ["derived here"],
        ["ASH207"] = ["User Guide"],
        ["ASH208"] = ["derived here"],
        ["ASH209"] = ["API Reference"],
        ["ASH301"] = ["derived here"],
        ["ASH302"] = ["derived here"],
        ["ASH303"] = ["derived here"],
        ["ASH304"] = ["derived here"],
        ["ASH305"] = ["derived here"],
    };
}
