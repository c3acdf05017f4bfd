using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>New instances launched into the warm pool, where they rest.</summary>
public class LaunchIntoWarmPoolStepTests
{
    [Fact]
    public void AWarmLaunch_RestsItsInstancesInThePool()
    {
        var read = SimulationScenarioReader.Read("group: web\nwarmPool: { PoolState: Running }\nsteps:\n  - { at: 0, launchIntoWarmPool: 2 }\n").Value;

        Assert.Equal(2, Assert.IsType<LaunchIntoWarmPoolStep>(Assert.Single(read.Steps)).Count);
        Assert.Equal(2, read.Run().Instances.Count(i => i.Value == InstanceLifecycleState.WarmedRunning));
    }
}
