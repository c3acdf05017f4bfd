using System.Text.Json;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>The states the simulator moves instances through: a subset of the API model's LifecycleState, spelled as it is.</summary>
public class InstanceLifecycleStateTests
{
    // The LifecycleState enum of the Auto Scaling API model (2011-01-01).
    private static readonly string[] ModelStates =
    [
        "Pending", "Pending:Wait", "Pending:Proceed", "Quarantined", "InService", "Terminating", "Terminating:Wait", "Terminating:Proceed",
        "Terminating:Retained", "Terminated", "Detaching", "Detached", "EnteringStandby", "Standby", "ReplacingRootVolume",
        "ReplacingRootVolume:Wait", "ReplacingRootVolume:Proceed", "RootVolumeReplaced", "Warmed:Pending", "Warmed:Pending:Wait",
        "Warmed:Pending:Proceed", "Warmed:Pending:Retained", "Warmed:Terminating", "Warmed:Terminating:Wait", "Warmed:Terminating:Proceed",
        "Warmed:Terminating:Retained", "Warmed:Terminated", "Warmed:Stopped", "Warmed:Running", "Warmed:Hibernated",
    ];

    [Fact]
    public void EveryState_IsOneOfTheModels_AndJsonWritesItSo()
    {
        foreach (var state in Enum.GetValues<InstanceLifecycleState>())
        {
            Assert.Contains(state.ToWire(), ModelStates);
            Assert.Equal($"\"{state.ToWire()}\"", JsonSerializer.Serialize(state));
        }
    }

    [Fact]
    public void EveryState_IsAStateOfTheStateMachine() =>
        Assert.Equal(Enum.GetValues<InstanceLifecycleState>().Order(), InstanceStateMachine.States.Order());
}
