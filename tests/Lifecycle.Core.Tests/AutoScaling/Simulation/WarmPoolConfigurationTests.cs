using System.Text.Json;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>The warm pool passages of reference §2.2 (and their retention, §2.8), each with a timeline computed by hand.</summary>
public class WarmPoolConfigurationTests
{
    private static AutoScalingSimulator Group(WarmPoolConfiguration? pool = null, bool retain = false)
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"), seed: 1, retainOnTerminateAbandon: retain);
        sim.PutWarmPool(pool ?? new WarmPoolConfiguration());
        return sim;
    }

    // The EventBridge events for an instance: detail-type, hook, Origin and Destination ("-" when absent).
    private static List<string> Events(AutoScalingSimulator sim, InstanceId instance) =>
    [
        .. sim.Timeline.OfType<NotificationSent>()
            .Where(n => n.Notification.Channel == NotificationChannel.EventBridge && n.Notification.Action?.InstanceId == instance)
            .Select(n =>
            {
                using var body = JsonDocument.Parse(n.Notification.Body);
                var detail = body.RootElement.GetProperty("detail");
                string Field(string name) => detail.TryGetProperty(name, out var value) ? value.GetString()! : "-";
                return $"{body.RootElement.GetProperty("detail-type").GetString()} {Field("LifecycleHookName")} {Field("Origin")}>{Field("Destination")}";
            }),
    ];

    [Fact]
    public void ANewInstance_EntersThePool_ThroughWarmedPendingWait_HeldByTheLaunchingHook()
    {
        var sim = Group();
        Hook(sim, "warm", Launching);

        var id = Assert.Single(sim.LaunchIntoWarmPool(1));
        sim.AdvanceTo(S(100));
        sim.CompleteLifecycleAction(Name("warm"), LifecycleActionResult.Continue, instanceId: id);

        Assert.Equal("0:Warmed:Pending 0:Warmed:Pending:Wait 100:Warmed:Pending:Proceed 100:Warmed:Stopped", States(sim, id));
        Assert.Equal(["EC2 Instance-launch Lifecycle Action warm EC2>WarmPool"], Events(sim, id));
    }

    [Theory]
    [InlineData(WarmPoolState.Stopped, "Warmed:Stopped")]
    [InlineData(WarmPoolState.Running, "Warmed:Running")]
    [InlineData(WarmPoolState.Hibernated, "Warmed:Hibernated")]
    public void InstancesRestInTheStateThePoolStateNames(WarmPoolState poolState, string resting)
    {
        var sim = Group(new WarmPoolConfiguration { PoolState = poolState });

        var id = sim.LaunchIntoWarmPool(1)[0];

        Assert.Equal($"0:Warmed:Pending 0:{resting}", States(sim, id));
    }

    [Fact]
    public void ANewPoolState_AppliesToInstancesThatEnterThePoolAfterIt()
    {
        var sim = Group(new WarmPoolConfiguration { PoolState = WarmPoolState.Stopped });
        var before = sim.LaunchIntoWarmPool(1)[0];

        sim.PutWarmPool(new WarmPoolConfiguration { PoolState = WarmPoolState.Running });
        var after = sim.LaunchIntoWarmPool(1)[0];

        Assert.Equal(InstanceLifecycleState.WarmedStopped, sim.Instances[before]);
        Assert.Equal(InstanceLifecycleState.WarmedRunning, sim.Instances[after]);
    }

    [Fact]
    public void ScaleOut_DrawsOnThePool_AndTheLaunchingHookFiresASecondTime()
    {
        var sim = Group();
        Hook(sim, "warm", Launching, heartbeat: 60);
        var id = sim.LaunchIntoWarmPool(1)[0];
        sim.AdvanceTo(S(60)); // the hook times out with CONTINUE: the instance rests in the pool
        sim.AdvanceTo(S(500));

        var launched = sim.Launch(1);
        sim.AdvanceTo(S(560));

        Assert.Equal([id], launched);
        Assert.Equal(
            "0:Warmed:Pending 0:Warmed:Pending:Wait 60:Warmed:Pending:Proceed 60:Warmed:Stopped 500:Pending 500:Pending:Wait 560:Pending:Proceed 560:InService",
            States(sim, id));
        Assert.Equal(
            ["EC2 Instance-launch Lifecycle Action warm EC2>WarmPool", "EC2 Instance-launch Lifecycle Action warm WarmPool>AutoScalingGroup"],
            Events(sim, id));
    }

    [Fact]
    public void ScaleOut_WithTheLongestRestingInstanceFirst_ThenNewOnesWhenThePoolIsDepleted()
    {
        var sim = Group();
        var pooled = sim.LaunchIntoWarmPool(2);
        Hook(sim, "warm", Launching);

        var launched = sim.Launch(3);

        Assert.Equal([pooled[0], pooled[1], InstanceId.Parse("i-00000000000000003")], launched);
        Assert.Equal(["EC2 Instance-launch Lifecycle Action warm EC2>AutoScalingGroup"], Events(sim, InstanceId.Parse("i-00000000000000003")));
        Assert.Equal("0:Pending 0:Pending:Wait", States(sim, InstanceId.Parse("i-00000000000000003")));
    }

    [Fact]
    public void AnInstanceStillWaitingOnItsWayIntoThePool_IsNotDrawn()
    {
        var sim = Group();
        Hook(sim, "warm", Launching);
        var waiting = sim.LaunchIntoWarmPool(1)[0];

        var launched = sim.Launch(1)[0];

        Assert.NotEqual(waiting, launched);
        Assert.Equal(InstanceLifecycleState.WarmedPendingWait, sim.Instances[waiting]);
    }

    [Fact]
    public void ReuseOnScaleIn_ReturnsTheInstanceToThePool_ThroughWarmedPendingWait_HeldByTheTerminatingHook()
    {
        var sim = Group(new WarmPoolConfiguration { ReuseOnScaleIn = true, PoolState = WarmPoolState.Hibernated });
        Hook(sim, "drain", Terminating, heartbeat: 120);
        var id = sim.Launch(1)[0];
        sim.AdvanceTo(S(10));

        Assert.True(sim.Terminate(id).Succeeded);
        sim.AdvanceTo(S(130));
        var again = sim.Launch(1)[0];

        Assert.Equal(id, again);
        Assert.Equal(
            "0:Pending 0:InService 10:Warmed:Pending 10:Warmed:Pending:Wait 130:Warmed:Pending:Proceed 130:Warmed:Hibernated 130:Pending 130:InService",
            States(sim, id));
        Assert.Equal(["EC2 Instance-terminate Lifecycle Action drain AutoScalingGroup>WarmPool"], Events(sim, id));
    }

    [Fact]
    public void WithoutReuseOnScaleIn_ScaleInTerminates_AndTheNotificationHasNoOriginOrDestination()
    {
        var sim = Group();
        Hook(sim, "drain", Terminating);
        var id = sim.Launch(1)[0];

        sim.Terminate(id);
        sim.CompleteLifecycleAction(Name("drain"), LifecycleActionResult.Continue, instanceId: id);

        Assert.Equal("0:Pending 0:InService 0:Terminating 0:Terminating:Wait 0:Terminating:Proceed 0:Terminated", States(sim, id));
        Assert.Equal(["EC2 Instance-terminate Lifecycle Action drain ->-"], Events(sim, id));
    }

    [Fact]
    public void AnInstanceRestingInThePool_TerminatesThroughWarmedTerminatingWait()
    {
        var sim = Group();
        var id = sim.LaunchIntoWarmPool(1)[0];
        Hook(sim, "drain", Terminating, heartbeat: 30, result: "ABANDON");
        sim.AdvanceTo(S(5));

        Assert.True(sim.Terminate(id).Succeeded);
        sim.AdvanceTo(S(35));

        Assert.Equal("0:Warmed:Pending 0:Warmed:Stopped 5:Warmed:Terminating 5:Warmed:Terminating:Wait 35:Warmed:Terminating:Proceed 35:Warmed:Terminated", States(sim, id));
        Assert.Equal(["EC2 Instance-terminate Lifecycle Action drain ->-"], Events(sim, id));
        Assert.Equal(["i-00000000000000001"], sim.Instances.Keys.Select(k => k.Value)); // no replacement: the pool's size is not modelled
    }

    [Fact]
    public void Retention_KeepsAnAbandonedReturnInWarmedPendingRetained_AndAnAbandonedPoolTerminationInWarmedTerminatingRetained()
    {
        var sim = Group(new WarmPoolConfiguration { ReuseOnScaleIn = true }, retain: true);
        var resting = sim.LaunchIntoWarmPool(1)[0];
        Hook(sim, "drain", Terminating);
        var serving = sim.Launch(1)[0];

        sim.Terminate(serving);
        sim.CompleteLifecycleAction(Name("drain"), LifecycleActionResult.Abandon, instanceId: serving);

        Assert.Equal(resting, serving); // scale-out drew the pool's instance
        Assert.Equal(InstanceLifecycleState.WarmedPendingRetained, sim.Instances[serving]);
        Assert.Single(sim.Instances);

        var other = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"), seed: 1, retainOnTerminateAbandon: true);
        other.PutWarmPool(new WarmPoolConfiguration());
        var pooled = other.LaunchIntoWarmPool(1)[0];
        Hook(other, "drain", Terminating);
        other.Terminate(pooled);
        other.CompleteLifecycleAction(Name("drain"), LifecycleActionResult.Abandon, instanceId: pooled);
        Assert.Equal("0:Warmed:Pending 0:Warmed:Stopped 0:Warmed:Terminating 0:Warmed:Terminating:Wait 0:Warmed:Terminating:Proceed 0:Warmed:Terminating:Retained", States(other, pooled));
        Assert.Single(other.Instances);
    }

    [Fact]
    public void AbandonOnTheWayBackToThePool_WithoutRetention_StillReturnsTheInstance()
    {
        var sim = Group(new WarmPoolConfiguration { ReuseOnScaleIn = true });
        Hook(sim, "drain", Terminating);
        Hook(sim, "audit", Terminating);
        var id = sim.Launch(1)[0];

        sim.Terminate(id);
        sim.CompleteLifecycleAction(Name("drain"), LifecycleActionResult.Abandon, instanceId: id);

        Assert.Equal(InstanceLifecycleState.WarmedStopped, sim.Instances[id]);
        Assert.Empty(sim.ActiveActions);
        Assert.Single(sim.Timeline.OfType<LifecycleActionStopped>(), s => s.Action.LifecycleHookName.Value == "audit");
    }

    [Fact]
    public void AnAbandonedLaunchIntoThePool_TerminatesFromThePool_AndAReplacementEntersThePool()
    {
        var sim = Group();
        Hook(sim, "warm", Launching, heartbeat: 30, result: "ABANDON");
        var id = sim.LaunchIntoWarmPool(1)[0];

        sim.AdvanceTo(S(30));

        Assert.Equal("0:Warmed:Pending 0:Warmed:Pending:Wait 30:Warmed:Terminating 30:Warmed:Terminated", States(sim, id));
        Assert.Equal("30:Warmed:Pending 30:Warmed:Pending:Wait", States(sim, InstanceId.Parse("i-00000000000000002")));
    }

    [Fact]
    public void AnAbandonedLaunchOutOfThePool_TerminatesTheInstance_AndTheReplacementComesFromThePool()
    {
        var sim = Group();
        var pooled = sim.LaunchIntoWarmPool(2);
        Hook(sim, "warm", Launching);
        var first = sim.Launch(1)[0];

        sim.CompleteLifecycleAction(Name("warm"), LifecycleActionResult.Abandon, instanceId: first);

        Assert.Equal(pooled[0], first);
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[first]);
        Assert.Equal(InstanceLifecycleState.PendingWait, sim.Instances[pooled[1]]);
        Assert.Equal(2, sim.Instances.Count);
    }

    [Fact]
    public void AnInstanceWaitingOnItsWayIntoThePool_CannotBeTerminated()
    {
        var sim = Group();
        Hook(sim, "warm", Launching);
        var id = sim.LaunchIntoWarmPool(1)[0];

        var refused = sim.Terminate(id);

        Assert.False(refused.Succeeded);
        Assert.Contains("Warmed:Pending:Wait", AutoScalingError.Of(refused)!.Message, StringComparison.Ordinal);
        Assert.Equal(InstanceLifecycleState.WarmedPendingWait, sim.Instances[id]);
    }

    [Fact]
    public void TheTargetMessage_CarriesOriginAndDestination_AsTheEventDoes()
    {
        var sim = Group();
        sim.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "warm",
            AutoScalingGroupName = "web",
            LifecycleTransition = Launching,
            NotificationTargetARN = "arn:aws:sqs:us-east-1:123456789012:hooks",
            RoleARN = "arn:aws:iam::123456789012:role/hooks",
        });

        sim.LaunchIntoWarmPool(1);

        var message = sim.Timeline.OfType<NotificationSent>().Single(n => n.Notification is { Channel: NotificationChannel.Target, IsTest: false });
        using var body = JsonDocument.Parse(message.Notification.Body);
        Assert.Equal("EC2", body.RootElement.GetProperty("Origin").GetString());
        Assert.Equal("WarmPool", body.RootElement.GetProperty("Destination").GetString());
    }

    [Fact]
    public void WithoutAWarmPool_LaunchingIntoItIsAProgrammingError()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));

        var error = Assert.Throws<InvalidOperationException>(() => sim.LaunchIntoWarmPool(1));

        Assert.Contains("PutWarmPool", error.Message, StringComparison.Ordinal);
    }
}
