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

    private static void Play(AutoScalingSimulator sim) => Play(sim, _ => { });

    // The run, with `between` called after each of its steps.
    private static void Play(AutoScalingSimulator sim, Action<int> between)
    {
        var ids = sim.Launch(3);
        between(0);
        for (var i = 0; i < ids.Count; i++)
        {
            sim.Terminate(ids[i]);
            between(1 + i);
        }

        sim.AdvanceTo(TimeSpan.FromSeconds(30));
        between(4);
        sim.RecordLifecycleActionHeartbeat(LifecycleHookName.Parse("drain"), instanceId: ids[0]);
        between(5);
        sim.CompleteLifecycleAction(LifecycleHookName.Parse("drain"), LifecycleActionResult.Continue, instanceId: ids[1]);
        between(6);
        sim.RunUntilIdle();
    }

    [Property]
    public bool Property_ATimelineReadAndClearedInPieces_IsTheWholeTimeline(bool[] clearAfterStep)
    {
        var whole = Group(record: true);
        Play(whole);
        var pieces = Group(record: true);
        var read = new List<SimulationEvent>();

        Play(pieces, step =>
        {
            if (clearAfterStep.ElementAtOrDefault(step))
            {
                read.AddRange(pieces.Timeline);
                pieces.ClearTimeline();
            }
        });
        read.AddRange(pieces.Timeline);

        return read.SequenceEqual(whole.Timeline) && pieces.Instances.Count == whole.Instances.Count;
    }

    [Fact]
    public void ClearTimeline_ForgetsWhatWasRecorded_AndRecordingGoesOn()
    {
        var sim = Group(record: true);
        var first = sim.Launch(1)[0];
        Assert.NotEmpty(sim.Timeline);

        sim.ClearTimeline();
        Assert.Empty(sim.Timeline);
        sim.Terminate(first);

        Assert.Contains(sim.Timeline, e => e is InstanceStateChanged { State: var state } && state == InstanceLifecycleState.TerminatingWait);
        Assert.Equal(InstanceLifecycleState.TerminatingWait, sim.Instances[first]);
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
