using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Testing.Tests;

/// <summary>A simulator wired for tests: its group, hooks put in one line, an instance launched and terminated in one more.</summary>
public class SimulatorKitTests
{
    [Fact]
    public void TerminateAndRun_RunsUntilNothingIsPending_AndSaysWhen()
    {
        var kit = new SimulatorKit("shop");
        var hook = kit.PutLifecycleHook("drain", LifecycleTransition.InstanceTerminating, TimeSpan.FromSeconds(45), LifecycleActionResult.Continue);
        var id = kit.LaunchOne();

        var end = kit.TerminateAndRun(id);

        Assert.Equal(("shop", 45), (hook.AutoScalingGroupName.Value, hook.HeartbeatTimeout.Seconds));
        Assert.Equal(TimeSpan.FromSeconds(45), end);
        Assert.Equal(InstanceLifecycleState.Terminated, kit.Simulator.Instances[id]);
    }

    [Fact]
    public void TerminatingAnInstanceTwice_IsAnAssertionFailure_WithTheServicesWords()
    {
        var kit = new SimulatorKit();
        var id = kit.LaunchOne();
        kit.TerminateAndRun(id);

        var thrown = Assert.Throws<LifecycleAssertionException>(() => kit.TerminateAndRun(id));

        Assert.Contains("cannot be terminated: ValidationError", thrown.Message, StringComparison.Ordinal);
    }
}
