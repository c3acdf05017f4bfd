using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>A scale-out by a number of instances.</summary>
public class LaunchStepTests
{
    [Fact]
    public void ALaunch_HasItsCount_AndRunsAsThatManyNewInstances()
    {
        var read = SimulationScenarioReader.Read("group: web\nsteps:\n  - { at: 3, launch: 4 }\n").Value;

        Assert.Equal(4, Assert.IsType<LaunchStep>(Assert.Single(read.Steps)).Count);
        Assert.Equal(4, read.Run().Instances.Count(i => i.Value == InstanceLifecycleState.InService));
    }
}
