using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

public class RecordTimelineTests
{
    private static AutoScalingSimulator Group(bool record)
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"), seed: 3) { RecordTimeline = record };
        sim.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "drain", AutoScalingGroupName = "web",
            LifecycleTransition = "autoscaling:EC2_INSTANCE_TERMINATING", HeartbeatTimeout = 60, DefaultResult = "ABANDON",
        });
        return sim;
    }

    private static void Play(AutoScalingSimulator sim)
    {
        var ids = sim.Launch(3);
        foreach (var id in ids)
        {
            sim.Terminate(id);
        }

        sim.AdvanceTo(TimeSpan.FromSeconds(30));
        sim.RecordLifecycleActionHeartbeat(LifecycleHookName.Parse("drain"), instanceId: ids[0]);
        sim.CompleteLifecycleAction(LifecycleHookName.Parse("drain"), LifecycleActionResult.Continue, instanceId: ids[1]);
        sim.RunUntilIdle();
    }

    [Fact]
    public void WithoutTheTimeline_TheRunIsTheSame_AndNothingIsKept()
    {
        var recorded = Group(record: true);
        var bare = Group(record: false);

        Play(recorded);
        Play(bare);

        Assert.Empty(bare.Timeline);
        Assert.NotEmpty(recorded.Timeline);
        Assert.Equal(recorded.Now, bare.Now);
        Assert.Equal(recorded.Instances.OrderBy(i => i.Key.Value, StringComparer.Ordinal), bare.Instances.OrderBy(i => i.Key.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void WithoutTheTimeline_HandlersStillHearEveryAction()
    {
        var sim = Group(record: false);
        var heard = new List<InstanceId>();
        sim.Subscribe((context, _) =>
        {
            if (context.Notification.Channel == NotificationChannel.EventBridge)
            {
                heard.Add(context.Action!.InstanceId);
            }

            return ValueTask.CompletedTask;
        });

        var ids = sim.Launch(2);
        sim.Terminate(ids[0]);
        sim.Terminate(ids[1]);

        Assert.Equal(ids, heard);
        Assert.Empty(sim.Timeline);
    }

    [Fact]
    public void HooksPutThroughTheRegistry_AreSeenByTheNextTransition()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web")) { RecordTimeline = false };
        var first = sim.Launch(1)[0];
        Assert.Equal(InstanceLifecycleState.InService, sim.Instances[first]);

        sim.Hooks.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "warm", AutoScalingGroupName = "web", LifecycleTransition = "autoscaling:EC2_INSTANCE_LAUNCHING",
        });
        var second = sim.Launch(1)[0];

        Assert.Equal(InstanceLifecycleState.PendingWait, sim.Instances[second]);
    }
}
