using Lifecycle.Core.Yaml;

namespace Lifecycle.Core.AutoScaling.Simulation.Scenarios;

/// <summary>Bounds that keep a hostile scenario from exhausting memory or the stack. Far above any real scenario.</summary>
public sealed record ScenarioLimits
{
    /// <summary>The defaults.</summary>
    public static ScenarioLimits Default { get; } = new();

    /// <summary>The longest document read, in characters (default 4 MiB).</summary>
    public int MaxDocumentLength { get; init; } = 4 << 20;

    /// <summary>The deepest nesting of mappings and sequences (default 16; a scenario needs 4).</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>The most nodes in the document, aliases counted as what they expand to (default 1,000,000).</summary>
    public int MaxNodes { get; init; } = 1_000_000;

    /// <summary>
    /// The most instances a scenario's steps may launch in all (launch and launchIntoWarmPool counts added up;
    /// default 10,000), refused before the run (SIM110): a run's time and output grow with its instances and hooks.
    /// </summary>
    public int MaxInstances { get; init; } = 10_000;

    internal TreeReadProfile ToTreeProfile() => new(
        MaxDocumentLength, MaxDepth, MaxNodes, ScenarioDiagnosticCodes.Syntax, ScenarioDiagnosticCodes.DocumentTooLarge, "A scenario", nameof(ScenarioLimits), ".");
}
