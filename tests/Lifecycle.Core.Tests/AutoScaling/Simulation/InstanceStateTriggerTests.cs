using System.Text.Json;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>What moves an instance from one state to the next in the state machine.</summary>
public class InstanceStateTriggerTests
{
    [Theory]
    [InlineData(InstanceStateTrigger.Launch, "Launch")]
    [InlineData(InstanceStateTrigger.LaunchIntoWarmPool, "LaunchIntoWarmPool")]
    [InlineData(InstanceStateTrigger.Terminate, "Terminate")]
    [InlineData(InstanceStateTrigger.HooksStart, "HooksStart")]
    [InlineData(InstanceStateTrigger.NoHooks, "NoHooks")]
    [InlineData(InstanceStateTrigger.Continue, "Continue")]
    [InlineData(InstanceStateTrigger.Abandon, "Abandon")]
    [InlineData(InstanceStateTrigger.AbandonRetained, "AbandonRetained")]
    [InlineData(InstanceStateTrigger.Proceed, "Proceed")]
    public void EachValue_IsWrittenAs(InstanceStateTrigger value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(9, Enum.GetValues<InstanceStateTrigger>().Length);
    }

    [Fact]
    public void EveryTrigger_MovesSomeInstance_InTheStateMachine() =>
        Assert.Equal(Enum.GetValues<InstanceStateTrigger>().Order(), InstanceStateMachine.Transitions.Select(t => t.Trigger).Distinct().Order());
}
