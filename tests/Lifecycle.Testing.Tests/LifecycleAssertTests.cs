using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Testing.Tests;

public class LifecycleAssertTests
{
    [Fact]
    public void WentThrough_AndIsIn_PassWhenTrue_AndSayWhatHappenedWhenNot()
    {
        var kit = new SimulatorKit();
        var id = kit.LaunchOne();

        LifecycleAssert.WentThrough(kit, id, InstanceLifecycleState.Pending, InstanceLifecycleState.InService);
        LifecycleAssert.IsIn(kit, id, InstanceLifecycleState.InService);
        var wrongPath = Assert.Throws<LifecycleAssertionException>(() => LifecycleAssert.WentThrough(kit, id, InstanceLifecycleState.Pending, InstanceLifecycleState.PendingWait));
        var wrongState = Assert.Throws<LifecycleAssertionException>(() => LifecycleAssert.IsIn(kit, id, InstanceLifecycleState.Terminated));
        var unknown = Assert.Throws<LifecycleAssertionException>(() => LifecycleAssert.IsIn(kit, InstanceId.Parse("i-0ghost"), InstanceLifecycleState.InService));

        Assert.Equal("i-00000000000000001 was expected to go through Pending, Pending:Wait, but went through Pending, InService.", wrongPath.Message);
        Assert.Equal("i-00000000000000001 was expected to be Terminated at t=0s, but is InService.", wrongState.Message);
        Assert.EndsWith("but is not part of the group.", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PutLifecycleHook_ARefusedHook_SaysWhy()
    {
        var kit = new SimulatorKit();

        var e = Assert.Throws<LifecycleAssertionException>(() => kit.PutLifecycleHook("not ok", LifecycleTransition.InstanceLaunching));

        Assert.StartsWith("The hook not ok was refused: ValidationError: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Completed_AtAnotherTime_Fails()
    {
        var kit = new SimulatorKit();
        kit.PutLifecycleHook("warm", LifecycleTransition.InstanceLaunching);
        var id = kit.LaunchOne();
        kit.Simulator.AdvanceBy(TimeSpan.FromSeconds(5));
        kit.Simulator.CompleteLifecycleAction(LifecycleHookName.Parse("warm"), LifecycleActionResult.Continue, instanceId: id);

        LifecycleAssert.Completed(kit, id, "warm", LifecycleActionResult.Continue, at: TimeSpan.FromSeconds(5));
        var e = Assert.Throws<LifecycleAssertionException>(() => LifecycleAssert.Completed(kit, id, "warm", LifecycleActionResult.Continue, at: TimeSpan.FromSeconds(6)));
        Assert.Equal("The warm action on i-00000000000000001 was expected to be completed with CONTINUE at t=6s, but it was completed with CONTINUE at t=5s.", e.Message);
    }
}
