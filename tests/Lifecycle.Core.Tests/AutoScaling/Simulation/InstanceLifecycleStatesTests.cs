using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>A state's API spelling: the name with a colon before each part, as the service writes it.</summary>
public class InstanceLifecycleStatesTests
{
    [Theory]
    [InlineData(InstanceLifecycleState.Pending, "Pending")]
    [InlineData(InstanceLifecycleState.InService, "InService")]
    [InlineData(InstanceLifecycleState.TerminatingWait, "Terminating:Wait")]
    [InlineData(InstanceLifecycleState.WarmedPendingRetained, "Warmed:Pending:Retained")]
    [InlineData(InstanceLifecycleState.WarmedHibernated, "Warmed:Hibernated")]
    public void ToWire_IsTheApisSpelling(InstanceLifecycleState state, string wire) => Assert.Equal(wire, state.ToWire());

    [Fact]
    public void ToWire_GivesEachStateItsOwnSpelling() =>
        Assert.Equal(Enum.GetValues<InstanceLifecycleState>().Length, Enum.GetValues<InstanceLifecycleState>().Select(s => s.ToWire()).Distinct().Count());
}
