using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>An action as it was at one moment: its token, instance, hook, transition and both deadlines (reference §2.3).</summary>
public class LifecycleActionSnapshotTests
{
    private static AutoScalingSimulator Group(int heartbeat)
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        sim.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "drain", AutoScalingGroupName = "web", LifecycleTransition = "autoscaling:EC2_INSTANCE_TERMINATING", HeartbeatTimeout = heartbeat,
        });
        return sim;
    }

    [Fact]
    public void AStartedAction_HasAHeartbeatDeadline_AndAGlobalOne_FromItsStart()
    {
        var sim = Group(heartbeat: 300);
        var instance = sim.Launch(1)[0];
        sim.AdvanceBy(TimeSpan.FromSeconds(10));
        sim.Terminate(instance);

        var action = Assert.Single(sim.ActiveActions);

        Assert.Equal((instance, "drain", "autoscaling:EC2_INSTANCE_TERMINATING"), (action.InstanceId, action.LifecycleHookName.Value, action.LifecycleTransition.Value));
        Assert.Equal(TimeSpan.FromSeconds(10), action.Started);
        Assert.Equal(TimeSpan.FromSeconds(10 + 300), action.HeartbeatDeadline);
        Assert.Equal(TimeSpan.FromSeconds(10 + 30_000), action.GlobalDeadline);
        Assert.Null(action.Origin);
        Assert.Null(action.Destination);
    }

    [Fact]
    public void AHeartbeat_MovesTheHeartbeatDeadline_OnlyInTheNewSnapshot()
    {
        var sim = Group(heartbeat: 60);
        var instance = sim.Launch(1)[0];
        sim.Terminate(instance);
        var before = Assert.Single(sim.ActiveActions);
        sim.AdvanceBy(TimeSpan.FromSeconds(50));

        var after = sim.RecordLifecycleActionHeartbeat(before.LifecycleHookName, before.LifecycleActionToken).Value;

        Assert.Equal(TimeSpan.FromSeconds(60), before.HeartbeatDeadline);
        Assert.Equal(TimeSpan.FromSeconds(110), after.HeartbeatDeadline);
        Assert.Equal(before.GlobalDeadline, after.GlobalDeadline);
        Assert.Equal(before.LifecycleActionToken, after.LifecycleActionToken);
    }
}
