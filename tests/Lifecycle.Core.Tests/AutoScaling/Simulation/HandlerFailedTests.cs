using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>A handler that throws is what a crashed handler is in AWS: nobody completes the action, which times out.</summary>
public class HandlerFailedTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AThrowingHandler_IsAnEvent_AndTheActionTimesOutWithItsDefaultResult(bool recordTimeline)
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web")) { RecordTimeline = recordTimeline };
        Hook(sim, "warm", Launching, heartbeat: 60, result: "ABANDON");
        var delivered = 0;
        sim.Subscribe((_, _) => throw new InvalidOperationException("handler bug"));
        sim.Subscribe((_, _) => { delivered++; return ValueTask.CompletedTask; });

        var id = sim.Launch(1)[0];

        var failure = Assert.Single(sim.Timeline.OfType<HandlerFailed>());
        Assert.Equal("handler bug", failure.Message);
        Assert.Equal(S(0), failure.Time);
        Assert.True(delivered > 0, "the other handler was not given the notification");
        Assert.Equal(InstanceLifecycleState.PendingWait, sim.Instances[id]);

        sim.AdvanceBy(S(60));

        // ABANDON on launch: the instance terminates, and a replacement launches (and waits in turn).
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[id]);
        Assert.Equal(2, sim.Instances.Count);
    }

    [Fact]
    public void AnAsyncHandlerThatFaultsAfterAwaiting_IsAnEventAtTheVirtualTimeItFaulted()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "warm", Launching, heartbeat: 300, result: "CONTINUE");
        sim.Subscribe(async (context, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), context.TimeProvider, cancellationToken);
            throw new InvalidOperationException("lost the database");
        });

        var id = sim.Launch(1)[0];
        Assert.Empty(sim.Timeline.OfType<HandlerFailed>());
        sim.AdvanceTo(S(20));

        var failure = Assert.Single(sim.Timeline.OfType<HandlerFailed>()); // one handler, one EventBridge notification
        Assert.Equal(S(20), failure.Time);
        Assert.Equal("lost the database", failure.Message);
        Assert.Equal(InstanceLifecycleState.PendingWait, sim.Instances[id]);
        sim.RunUntilIdle();
        Assert.Equal(InstanceLifecycleState.InService, sim.Instances[id]); // the DefaultResult, at the heartbeat deadline
        Assert.Equal(S(300), Assert.Single(sim.Timeline.OfType<LifecycleActionTimedOut>()).Time);
    }

    [Fact]
    public void AHandlersToken_IsCancelledWhenItsActionEnds_AndGivingUpIsNoFailure()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "warm", Launching, heartbeat: 60, result: "ABANDON");
        var gaveUpAt = new List<TimeSpan>();
        sim.Subscribe(async (context, cancellationToken) =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromHours(1), context.TimeProvider, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                gaveUpAt.Add(context.Simulator.Now);
                throw;
            }
        });

        sim.Launch(1);
        sim.AdvanceTo(S(60));

        Assert.Equal([S(60)], gaveUpAt);
        Assert.Empty(sim.Timeline.OfType<HandlerFailed>());
    }

    [Fact]
    public void ATestNotification_HasNoActionToComplete()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        sim.Subscribe((context, _) =>
        {
            context.CompleteLifecycleAction(LifecycleActionResult.Continue);
            return ValueTask.CompletedTask;
        });

        sim.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "drain", AutoScalingGroupName = "web", LifecycleTransition = Terminating,
            NotificationTargetARN = "arn:aws:sqs:us-east-1:123456789012:hooks", RoleARN = "arn:aws:iam::123456789012:role/hooks",
        });

        var failure = Assert.Single(sim.Timeline.OfType<HandlerFailed>());
        Assert.True(failure.Notification.IsTest);
        Assert.IsType<InvalidOperationException>(failure.Exception);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(1500)]
    public void VirtualTime_MovesInWholeSeconds(int milliseconds)
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));

        Assert.Throws<ArgumentException>(() => sim.AdvanceBy(TimeSpan.FromMilliseconds(milliseconds)));
        Assert.Throws<ArgumentException>(() => sim.Schedule(TimeSpan.FromMilliseconds(milliseconds), _ => { }));
        Assert.Equal(TimeSpan.Zero, sim.Now);
    }
}
