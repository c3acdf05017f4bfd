using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>One transition of the state machine: from a state to another, on a trigger, with AWS's spellings.</summary>
public class InstanceStateTransitionTests
{
    [Fact]
    public void ALaunchingHook_TakesPendingToPendingWait_AndItsCompletionOnToPendingProceed()
    {
        var transitions = InstanceStateMachine.Transitions;

        Assert.Contains(transitions, t => t.From == InstanceLifecycleState.Pending && t.To == InstanceLifecycleState.PendingWait);
        Assert.Contains(transitions, t => t.From == InstanceLifecycleState.PendingWait && t.To == InstanceLifecycleState.PendingProceed);
        Assert.Equal(transitions.Count, transitions.Distinct().Count());
        Assert.Equal("Pending:Wait", InstanceLifecycleState.PendingWait.ToWire());
    }
}
