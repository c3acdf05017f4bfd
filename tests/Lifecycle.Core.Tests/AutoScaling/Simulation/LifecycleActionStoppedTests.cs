using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>An action stopped without a result of its own: another hook of the transition was abandoned (reference §2.4).</summary>
public class LifecycleActionStoppedTests
{
    [Fact]
    public void Abandon_StopsTheOtherHooksOfTheTransition()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "drain", Terminating);
        Hook(sim, "backup", Terminating);
        var id = sim.Launch(1)[0];
        sim.Terminate(id);

        sim.AdvanceTo(S(5));
        sim.CompleteLifecycleAction(Name("drain"), LifecycleActionResult.Abandon, instanceId: id);

        var stopped = Assert.Single(sim.Timeline.OfType<LifecycleActionStopped>());
        Assert.Equal("backup", stopped.Action.LifecycleHookName.Value);
        Assert.Empty(sim.ActiveActions);
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[id]);
    }
}
