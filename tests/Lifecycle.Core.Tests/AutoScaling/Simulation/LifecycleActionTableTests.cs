using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>The action table reuses the slots of ended actions; what an ended action left behind must not touch the next one.</summary>
public class LifecycleActionTableTests
{
    private static LifecycleHook Hook(string name, int heartbeat) => new()
    {
        LifecycleHookName = LifecycleHookName.Parse(name),
        AutoScalingGroupName = AutoScalingGroupName.Parse("web"),
        LifecycleTransition = LifecycleTransition.InstanceTerminating,
        HeartbeatTimeout = HeartbeatTimeout.FromSeconds(heartbeat),
    };

    [Fact]
    public void AReusedSlot_IgnoresTheDeadlineOfTheActionThatHadItBefore()
    {
        var table = new LifecycleActionTable();
        var instance = new SimulatedInstance(InstanceId.Parse("i-00000000000000001"));
        var first = table.Start(1, instance, Hook("short", 30), now: 0, null, null);
        table.End(first);

        var second = table.Start(2, instance, Hook("long", 600), now: 10, null, null);

        Assert.Equal(first, second); // the same slot, reused
        Assert.True(table.TryPeekDeadline(out var due, out var deadline));
        Assert.Equal((second, 610L), (due, deadline));
        Assert.Equal(-1, table.ByToken(1));
        Assert.Equal(second, table.ByToken(2));
    }

    [Fact]
    public void AReusedSlot_KeepsItsPlaceBehindTheActionsThatStartedBeforeIt_WithinOneSecond()
    {
        var table = new LifecycleActionTable();
        var instance = new SimulatedInstance(InstanceId.Parse("i-00000000000000001"));
        var ended = table.Start(1, instance, Hook("a", 300), now: 0, null, null);
        var waiting = table.Start(2, instance, Hook("b", 300), now: 0, null, null);
        table.End(ended);
        var reused = table.Start(3, instance, Hook("c", 300), now: 0, null, null);

        Assert.True(table.TryPeekDeadline(out var first, out _));
        table.DequeueDeadline();
        Assert.True(table.TryPeekDeadline(out var second, out _));

        Assert.Equal(ended, reused);
        Assert.Equal((waiting, reused), (first, second)); // the ended action's entry does not stand in for the new one
    }

    [Fact]
    public void AHeartbeat_LeavesTheOldDeadlineBehind_AndOnlyTheNewOneComesUp()
    {
        var table = new LifecycleActionTable();
        var action = table.Start(7, new SimulatedInstance(InstanceId.Parse("i-00000000000000001")), Hook("drain", 300), now: 0, null, null);

        table.Heartbeat(action, now: 100);

        Assert.True(table.TryPeekDeadline(out _, out var deadline));
        Assert.Equal(400, deadline);
    }

    [Fact]
    public void AnInstancesActions_AreKeptInTheOrderTheyStarted_WhateverEnds()
    {
        var table = new LifecycleActionTable();
        var instance = new SimulatedInstance(InstanceId.Parse("i-00000000000000001"));
        var a = table.Start(1, instance, Hook("a", 300), 0, null, null);
        var b = table.Start(2, instance, Hook("b", 300), 0, null, null);
        var c = table.Start(3, instance, Hook("c", 300), 0, null, null);

        table.End(b);

        Assert.Equal([a, c], table.OfInstance(instance));
        Assert.Equal(c, table.OfInstance(instance, "c"));
        Assert.Equal(-1, table.OfInstance(instance, "b"));
        table.End(a);
        table.End(c);
        Assert.False(instance.Waiting);
    }
}
