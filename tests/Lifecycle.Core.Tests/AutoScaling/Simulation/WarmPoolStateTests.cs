using System.Text.Json;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>The state instances rest in in the warm pool, as PutWarmPool's PoolState spells it.</summary>
public class WarmPoolStateTests
{
    [Theory]
    [InlineData(WarmPoolState.Stopped, "Stopped")]
    [InlineData(WarmPoolState.Running, "Running")]
    [InlineData(WarmPoolState.Hibernated, "Hibernated")]
    public void EachValue_IsWrittenAs(WarmPoolState value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(3, Enum.GetValues<WarmPoolState>().Length);
    }

    [Theory]
    [InlineData(WarmPoolState.Stopped, InstanceLifecycleState.WarmedStopped)]
    [InlineData(WarmPoolState.Running, InstanceLifecycleState.WarmedRunning)]
    [InlineData(WarmPoolState.Hibernated, InstanceLifecycleState.WarmedHibernated)]
    public void AnInstanceLaunchedIntoThePool_RestsInThePoolsState(WarmPoolState poolState, InstanceLifecycleState resting)
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        sim.PutWarmPool(new WarmPoolConfiguration { PoolState = poolState });

        var instance = sim.LaunchIntoWarmPool(1)[0];
        sim.RunUntilIdle();

        Assert.Equal(resting, sim.Instances[instance]);
    }
}
