using System.Text.Json;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>The notifications of reference §2.7, field for field, and handlers in virtual time.</summary>
public class LifecycleNotificationTests
{
    private const string Queue = "arn:aws:sqs:us-east-1:123456789012:lifecycle";

    private static AutoScalingSimulator Group() => new(AutoScalingGroupName.Parse("my-asg"), seed: 1);

    private static PutLifecycleHookRequest Hook(string name, string transition, string? target = null, string? metadata = null) => new()
    {
        LifecycleHookName = name,
        AutoScalingGroupName = "my-asg",
        LifecycleTransition = transition,
        NotificationTargetARN = target,
        RoleARN = target is null ? null : "arn:aws:iam::123456789012:role/hooks",
        NotificationMetadata = metadata,
        HeartbeatTimeout = 300,
        DefaultResult = "CONTINUE",
    };

    private static List<string> Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static List<LifecycleNotification> Sent(AutoScalingSimulator sim) => [.. sim.Timeline.OfType<NotificationSent>().Select(n => n.Notification)];

    [Fact]
    public void PuttingAHookWithATarget_SendsTheTestNotification()
    {
        var sim = Group();

        sim.PutLifecycleHook(Hook("drain", "autoscaling:EC2_INSTANCE_TERMINATING", Queue));

        var test = Assert.Single(Sent(sim));
        Assert.True(test.IsTest);
        Assert.Equal(Queue, test.Destination);
        using var body = JsonDocument.Parse(test.Body);
        Assert.Equal(["Service", "Time", "RequestId", "Event", "AccountId", "AutoScalingGroupName", "AutoScalingGroupARN"], Keys(body.RootElement));
        Assert.Equal("AWS Auto Scaling", body.RootElement.GetProperty("Service").GetString());
        Assert.Equal("autoscaling:TEST_NOTIFICATION", body.RootElement.GetProperty("Event").GetString());
        Assert.Equal("2026-01-01T00:00:00.000Z", body.RootElement.GetProperty("Time").GetString());
        Assert.Equal(sim.AutoScalingGroupARN, body.RootElement.GetProperty("AutoScalingGroupARN").GetString());
        Assert.StartsWith("arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:", sim.AutoScalingGroupARN, StringComparison.Ordinal);
        Assert.EndsWith(":autoScalingGroupName/my-asg", sim.AutoScalingGroupARN, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAction_SendsTheTargetMessage_WithTheDocumentedFields()
    {
        var sim = Group();
        sim.PutLifecycleHook(Hook("warm", "autoscaling:EC2_INSTANCE_LAUNCHING", Queue, metadata: "hook message metadata"));
        sim.AdvanceTo(TimeSpan.FromSeconds(26));

        var id = sim.Launch(1)[0];

        var message = Sent(sim).Single(n => !n.IsTest && n.Channel == NotificationChannel.Target);
        using var body = JsonDocument.Parse(message.Body);
        var root = body.RootElement;
        Assert.Equal(["Service", "Time", "RequestId", "LifecycleActionToken", "AccountId", "AutoScalingGroupName", "LifecycleHookName", "EC2InstanceId", "LifecycleTransition", "NotificationMetadata"], Keys(root));
        Assert.Equal("2026-01-01T00:00:26.000Z", root.GetProperty("Time").GetString());
        Assert.Equal(sim.ActiveActions[0].LifecycleActionToken.Value, root.GetProperty("LifecycleActionToken").GetString());
        Assert.Equal("123456789012", root.GetProperty("AccountId").GetString());
        Assert.Equal("warm", root.GetProperty("LifecycleHookName").GetString());
        Assert.Equal(id.Value, root.GetProperty("EC2InstanceId").GetString());
        Assert.Equal("autoscaling:EC2_INSTANCE_LAUNCHING", root.GetProperty("LifecycleTransition").GetString());
        Assert.Equal("hook message metadata", root.GetProperty("NotificationMetadata").GetString());
        Assert.Equal(36, root.GetProperty("RequestId").GetString()!.Length);
    }

    [Fact]
    public void EveryAction_GoesToEventBridge_WithTheEnvelopeAndDetail()
    {
        var sim = Group();
        sim.PutLifecycleHook(Hook("drain", "autoscaling:EC2_INSTANCE_TERMINATING"));
        var id = sim.Launch(1)[0];

        sim.Terminate(id);

        var notification = Assert.Single(Sent(sim));
        Assert.Equal(NotificationChannel.EventBridge, notification.Channel);
        using var body = JsonDocument.Parse(notification.Body);
        var root = body.RootElement;
        Assert.Equal(["version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail"], Keys(root));
        Assert.Equal("EC2 Instance-terminate Lifecycle Action", root.GetProperty("detail-type").GetString());
        Assert.Equal("aws.autoscaling", root.GetProperty("source").GetString());
        Assert.Equal(sim.AutoScalingGroupARN, root.GetProperty("resources")[0].GetString());
        Assert.Equal(["LifecycleActionToken", "AutoScalingGroupName", "LifecycleHookName", "EC2InstanceId", "LifecycleTransition"], Keys(root.GetProperty("detail")));
        Assert.Equal(id.Value, root.GetProperty("detail").GetProperty("EC2InstanceId").GetString());
    }

    [Fact]
    public void ADrainHandler_CompletesInVirtualTime()
    {
        var sim = Group();
        sim.PutLifecycleHook(Hook("drain", "autoscaling:EC2_INSTANCE_TERMINATING", Queue));
        var seenTests = 0;
        sim.Subscribe(async (context, cancellationToken) =>
        {
            if (context.Notification.IsTest)
            {
                seenTests++;
                return;
            }

            if (context.Notification.Channel != NotificationChannel.Target)
            {
                return;
            }

            // Drain for 90 seconds with a heartbeat half way, then let the termination go on: awaited in virtual time.
            await Task.Delay(TimeSpan.FromSeconds(45), context.TimeProvider, cancellationToken);
            Assert.True(context.RecordLifecycleActionHeartbeat().Succeeded);
            await Task.Delay(TimeSpan.FromSeconds(45), context.TimeProvider, cancellationToken);
            Assert.True(context.CompleteLifecycleAction(LifecycleActionResult.Continue).Succeeded);
        });
        var id = sim.Launch(1)[0];
        sim.AdvanceTo(TimeSpan.FromSeconds(100));

        sim.Terminate(id);
        sim.RunUntilIdle();

        Assert.Equal(0, seenTests); // the test notification came before the handler subscribed
        Assert.Equal(S(190), sim.Now);
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[id]);
        Assert.Equal(S(145), Assert.Single(sim.Timeline.OfType<LifecycleActionHeartbeat>()).Time);
        Assert.Empty(sim.Timeline.OfType<LifecycleActionTimedOut>());
        Assert.Empty(sim.Timeline.OfType<HandlerFailed>());
    }

    [Fact]
    public void Handlers_RunAfterTheOperation_NotInItsMiddle()
    {
        var sim = Group();
        sim.PutLifecycleHook(Hook("a", "autoscaling:EC2_INSTANCE_LAUNCHING"));
        sim.PutLifecycleHook(Hook("b", "autoscaling:EC2_INSTANCE_LAUNCHING"));
        var actionsSeen = new List<int>();
        sim.Subscribe((context, _) =>
        {
            actionsSeen.Add(context.Simulator.ActiveActions.Count);
            context.CompleteLifecycleAction(LifecycleActionResult.Continue);
            return ValueTask.CompletedTask;
        });

        var id = sim.Launch(1)[0];

        Assert.Equal(2, actionsSeen[0]); // both hooks had started when the first handler call came
        Assert.Equal(InstanceLifecycleState.InService, sim.Instances[id]);
    }
}

/// <summary>The worked example of docs/simulation.md, as written there.</summary>
public class SimulationDocExampleTests
{
    [Fact]
    public void DrainHandlerExample_EndsAt150WithTheInstanceTerminated()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"), seed: 1);
        sim.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "drain", AutoScalingGroupName = "web",
            LifecycleTransition = "autoscaling:EC2_INSTANCE_TERMINATING",
            HeartbeatTimeout = 300, DefaultResult = "ABANDON",
        });
        sim.Subscribe(async (context, cancellationToken) =>
        {
            if (context.Notification.IsTest || context.Notification.Channel != NotificationChannel.EventBridge)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(90), context.TimeProvider, cancellationToken); // drain connections
            context.CompleteLifecycleAction(LifecycleActionResult.Continue);
        });

        var id = sim.Launch(1)[0];
        sim.AdvanceTo(TimeSpan.FromSeconds(60));
        sim.Terminate(id);
        var deadlines = sim.ActiveActions.Single();
        sim.RunUntilIdle();

        Assert.Equal((S(360), S(30060)), (deadlines.HeartbeatDeadline, deadlines.GlobalDeadline));
        Assert.Equal(S(150), sim.Now);
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[id]);
        Assert.Equal(
            ["0:Pending", "0:InService", "60:Terminating", "60:Terminating:Wait", "150:Terminating:Proceed", "150:Terminated"],
            sim.Timeline.OfType<InstanceStateChanged>().Select(e => $"{e.Time.TotalSeconds}:{e.State.ToWire()}"));
    }
}
