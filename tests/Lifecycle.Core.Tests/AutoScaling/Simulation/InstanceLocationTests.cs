using System.Text.Json;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>Where a warm-pool group's instance comes from and goes to, with the spellings of AWS's Origin and Destination (reference §2.2).</summary>
public class InstanceLocationTests
{
    [Theory]
    [InlineData(InstanceLocation.EC2, "EC2")]
    [InlineData(InstanceLocation.AutoScalingGroup, "AutoScalingGroup")]
    [InlineData(InstanceLocation.WarmPool, "WarmPool")]
    public void EachValue_IsWrittenAs(InstanceLocation value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(3, Enum.GetValues<InstanceLocation>().Length);
    }

    [Fact]
    public void AnInstanceLeavingTheWarmPool_GoesFromWarmPool_ToAutoScalingGroup()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        sim.PutWarmPool(new WarmPoolConfiguration { PoolState = WarmPoolState.Stopped });
        sim.LaunchIntoWarmPool(1);
        sim.RunUntilIdle();
        Hook(sim, "warm", Launching);

        sim.Launch(1);

        var action = Assert.Single(sim.ActiveActions);
        Assert.Equal((InstanceLocation.WarmPool, InstanceLocation.AutoScalingGroup), (action.Origin, action.Destination));
    }
}
