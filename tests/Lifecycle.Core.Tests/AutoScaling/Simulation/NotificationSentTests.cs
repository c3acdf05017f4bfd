using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>A notification was sent: to the hook's target (the test notification first) and to EventBridge for every action.</summary>
public class NotificationSentTests
{
    [Fact]
    public void AHookWithATarget_SendsTheTestNotification_ThenBothNotificationsOfEachAction()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        sim.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "warm", AutoScalingGroupName = "web", LifecycleTransition = Launching,
            NotificationTargetARN = "arn:aws:sqs:us-east-1:123456789012:hooks", RoleARN = "arn:aws:iam::123456789012:role/hooks",
        });
        sim.AdvanceBy(S(3));
        var instance = sim.Launch(1)[0];

        var sent = sim.Timeline.OfType<NotificationSent>().Select(n => n.Notification).ToList();

        Assert.Collection(sent,
            test => Assert.Equal((S(0), NotificationChannel.Target, true), (test.Time, test.Channel, test.IsTest)),
            target => Assert.Equal((S(3), NotificationChannel.Target, instance), (target.Time, target.Channel, target.Action!.InstanceId)),
            events => Assert.Equal((NotificationChannel.EventBridge, "EventBridge"), (events.Channel, events.Destination)));
        Assert.Equal("arn:aws:sqs:us-east-1:123456789012:hooks", sent[1].Destination);
        Assert.Contains("\"LifecycleHookName\":\"warm\"", sent[1].Body, StringComparison.Ordinal);
    }
}
