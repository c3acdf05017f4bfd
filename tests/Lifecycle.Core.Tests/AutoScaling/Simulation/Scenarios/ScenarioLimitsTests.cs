using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>The bounds a scenario is read within: 4 MiB, 16 levels, a million nodes with aliases expanded.</summary>
public class ScenarioLimitsTests
{
    [Fact]
    public void TheDefaults_AndATightBound()
    {
        Assert.Equal((4 << 20, 16, 1_000_000), (ScenarioLimits.Default.MaxDocumentLength, ScenarioLimits.Default.MaxDepth, ScenarioLimits.Default.MaxNodes));

        var tight = SimulationScenarioReader.Read("group: web\nsteps:\n  - { at: 0, launch: 1 }\n", new ScenarioLimits { MaxNodes = 4 });

        Assert.Equal("SIM002", Assert.Single(tight.Errors).Code);
        Assert.Contains("ScenarioLimits.MaxNodes", tight.Errors.First().Message, StringComparison.Ordinal);
    }
}
