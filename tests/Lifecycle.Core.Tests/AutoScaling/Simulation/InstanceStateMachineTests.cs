using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>The published state machine; that the simulator keeps to it is a property in AutoScalingSimulatorPropertyTests.</summary>
public class InstanceStateMachineTests
{
    [Fact]
    public void Transitions_AreDistinct_ReachEveryState_AndLeaveNoEndState()
    {
        var transitions = InstanceStateMachine.Transitions;

        Assert.Equal(transitions.Count, transitions.Distinct().Count());
        Assert.All(InstanceStateMachine.States, s => Assert.Contains(transitions, t => t.To == s));
        Assert.DoesNotContain(transitions, t => t.From is InstanceLifecycleState.Terminated or InstanceLifecycleState.WarmedTerminated);
        Assert.Equal([InstanceStateTrigger.Launch, InstanceStateTrigger.LaunchIntoWarmPool], transitions.Where(t => t.From is null).Select(t => t.Trigger));
    }

    [Theory]
    [InlineData(InstanceLifecycleState.PendingWait, InstanceLifecycleState.Terminating, InstanceStateTrigger.Abandon)]
    [InlineData(InstanceLifecycleState.TerminatingWait, InstanceLifecycleState.TerminatingProceed, InstanceStateTrigger.Abandon)]
    [InlineData(InstanceLifecycleState.InService, InstanceLifecycleState.WarmedPending, InstanceStateTrigger.Terminate)]
    [InlineData(InstanceLifecycleState.WarmedHibernated, InstanceLifecycleState.Pending, InstanceStateTrigger.Launch)]
    [InlineData(InstanceLifecycleState.WarmedTerminatingProceed, InstanceLifecycleState.WarmedTerminatingRetained, InstanceStateTrigger.AbandonRetained)]
    public void TheDocumentedPassages_AreTransitions(InstanceLifecycleState from, InstanceLifecycleState to, InstanceStateTrigger trigger) =>
        Assert.Contains(new InstanceStateTransition { From = from, To = to, Trigger = trigger }, InstanceStateMachine.Transitions);

    [Fact]
    public void Mermaid_HasALinePerTransition_AndTheApiSpellingOfEachState()
    {
        var lines = InstanceStateMachine.ToMermaid().Split('\n');

        Assert.Equal("stateDiagram-v2", lines[0]);
        Assert.Equal(InstanceStateMachine.Transitions.Count, lines.Count(l => l.Contains("-->", StringComparison.Ordinal)));
        Assert.Contains("    WarmedPendingWait : Warmed:Pending:Wait", lines);
        Assert.Contains("    [*] --> Pending : Launch", lines);
    }
}
