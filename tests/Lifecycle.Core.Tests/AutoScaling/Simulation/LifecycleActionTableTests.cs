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
        var table = new LifecycleActionTable(new TokenCipher(seed: 1));
        var instance = new SimulatedInstance(InstanceId.Parse("i-00000000000000001"));
        var first = table.Start(instance, Hook("short", 30), now: 0, null, null);
        var firstToken = table.Token(first);
        table.End(first);

        var second = table.Start(instance, Hook("long", 600), now: 10, null, null);

        Assert.Equal(first, second); // the same slot, reused
        Assert.True(table.TryPeekDeadline(out var due, out var deadline));
        Assert.Equal((second, 610L), (due, deadline));
        Assert.Equal(-1, table.ByToken(firstToken)); // the ended action's token finds nothing, though its slot is reused
        Assert.NotEqual(firstToken, table.Token(second));
        Assert.Equal(second, table.ByToken(table.Token(second)));
    }

    [Fact]
    public void AReusedSlot_KeepsItsPlaceBehindTheActionsThatStartedBeforeIt_WithinOneSecond()
    {
        var table = new LifecycleActionTable(new TokenCipher(seed: 1));
        var instance = new SimulatedInstance(InstanceId.Parse("i-00000000000000001"));
        var ended = table.Start(instance, Hook("a", 300), now: 0, null, null);
        var waiting = table.Start(instance, Hook("b", 300), now: 0, null, null);
        table.End(ended);
        var reused = table.Start(instance, Hook("c", 300), now: 0, null, null);

        Assert.True(table.TryPeekDeadline(out var first, out _));
        table.DequeueDeadline();
        Assert.True(table.TryPeekDeadline(out var second, out _));

        Assert.Equal(ended, reused);
        Assert.Equal((waiting, reused), (first, second)); // the ended action's entry does not stand in for the new one
    }

    [Fact]
    public void AHeartbeat_LeavesTheOldDeadlineBehind_AndOnlyTheNewOneComesUp()
    {
        var table = new LifecycleActionTable(new TokenCipher(seed: 1));
        var action = table.Start(new SimulatedInstance(InstanceId.Parse("i-00000000000000001")), Hook("drain", 300), now: 0, null, null);

        table.Heartbeat(action, now: 100);

        Assert.True(table.TryPeekDeadline(out _, out var deadline));
        Assert.Equal(400, deadline);
    }

    [Fact]
    public void AnInstancesActions_AreKeptInTheOrderTheyStarted_WhateverEnds()
    {
        var table = new LifecycleActionTable(new TokenCipher(seed: 1));
        var instance = new SimulatedInstance(InstanceId.Parse("i-00000000000000001"));
        var a = table.Start(instance, Hook("a", 300), 0, null, null);
        var b = table.Start(instance, Hook("b", 300), 0, null, null);
        var c = table.Start(instance, Hook("c", 300), 0, null, null);

        table.End(b);

        Assert.Equal([a, c], table.OfInstance(instance));
        Assert.Equal(c, table.OfInstance(instance, "c"));
        Assert.Equal(-1, table.OfInstance(instance, "b"));
        table.End(a);
        table.End(c);
        Assert.False(instance.Waiting);
    }
}
