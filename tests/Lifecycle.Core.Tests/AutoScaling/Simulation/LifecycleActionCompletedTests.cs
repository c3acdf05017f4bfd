using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>An action was completed with CONTINUE or ABANDON, and the instance went on (or not) at once.</summary>
public class LifecycleActionCompletedTests
{
    [Theory]
    [InlineData("CONTINUE", InstanceLifecycleState.InService)]
    [InlineData("ABANDON", InstanceLifecycleState.Terminated)]
    public void ACompletion_IsRecordedWithItsResult_AndDecidesTheLaunch(string result, InstanceLifecycleState state)
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "warm", Launching);
        var instance = sim.Launch(1)[0];
        sim.AdvanceBy(S(7));
        sim.CompleteLifecycleAction(Name("warm"), LifecycleActionResult.Parse(result), instanceId: instance);

        var completed = Assert.Single(sim.Timeline.OfType<LifecycleActionCompleted>());

        Assert.Equal((S(7), result, instance), (completed.Time, completed.Result.Value, completed.Action.InstanceId));
        Assert.Equal(state, sim.Instances[instance]);
    }
}
