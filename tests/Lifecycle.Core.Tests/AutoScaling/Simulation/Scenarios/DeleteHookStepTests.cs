using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>DeleteLifecycleHook while the group runs.</summary>
public class DeleteHookStepTests
{
    [Fact]
    public void ADeleteHook_NamesItsHook_AndTheRunNoLongerHasIt()
    {
        var read = SimulationScenarioReader.Read("group: web\nhooks:\n  - { LifecycleHookName: drain, LifecycleTransition: \"autoscaling:EC2_INSTANCE_TERMINATING\" }\nsteps:\n  - { at: 0, deleteHook: drain }\n  - { at: 1, launch: 1 }\n  - { at: 2, terminate: i-00000000000000001 }\n").Value;

        Assert.Equal("drain", Assert.IsType<DeleteHookStep>(read.Steps[0]).LifecycleHookName.Value);
        Assert.Empty(read.Run().Timeline.OfType<LifecycleActionStarted>());
    }
}
