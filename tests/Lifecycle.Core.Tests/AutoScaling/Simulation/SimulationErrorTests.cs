using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>A call the service would refuse is on the timeline with the service's error, and changes nothing.</summary>
public class SimulationErrorTests
{
    [Fact]
    public void AHeartbeatForNoActiveAction_IsTheServicesValidationError()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "drain", Terminating);
        var token = LifecycleActionToken.Parse("00000000-0000-0000-0000-000000000000");

        var refused = sim.RecordLifecycleActionHeartbeat(Name("drain"), token);

        var error = Assert.Single(sim.Timeline.OfType<SimulationError>()).Error;
        Assert.False(refused.Succeeded);
        Assert.Equal((AutoScalingError.ValidationError, $"No active Lifecycle Action found with token {token}"), (error.Code, error.Message));
    }
}
