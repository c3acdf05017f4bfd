namespace Lifecycle.Core.AutoScaling.Simulation.Scenarios;

/// <summary>The public sources each SIM rule rests on, by the names the rules' docs page lists under Sources.</summary>
internal static class ScenarioRuleSources
{
    public static readonly IReadOnlyDictionary<string, string[]> ByCode = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["SIM001"] = ["derived here"],
        ["SIM002"] = ["derived here"],
        ["SIM006"] = ["derived here"],
        ["SIM007"] = ["derived here"],
        ["SIM008"] = ["derived here"],
        ["SIM104"] = ["derived here"],
        ["SIM105"] = ["derived here"],
        ["SIM106"] = ["derived here"],
        ["SIM107"] = ["derived here"],
        ["SIM108"] = ["derived here"],
        ["SIM109"] = ["derived here"],
        ["SIM110"] = ["derived here"],
        ["SIM111"] = ["derived here"],
    };
}
