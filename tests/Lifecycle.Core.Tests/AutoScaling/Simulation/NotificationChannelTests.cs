using System.Text.Json;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>Where a notification goes: the hook's target, or EventBridge.</summary>
public class NotificationChannelTests
{
    [Theory]
    [InlineData(NotificationChannel.Target, "Target")]
    [InlineData(NotificationChannel.EventBridge, "EventBridge")]
    public void EachValue_IsWrittenAs(NotificationChannel value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(2, Enum.GetValues<NotificationChannel>().Length);
    }

    [Fact]
    public void AHookWithoutATarget_IsHeardOnEventBridgeOnly()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        Hook(sim, "warm", Launching);

        sim.Launch(1);

        Assert.Equal([NotificationChannel.EventBridge], sim.Timeline.OfType<NotificationSent>().Select(n => n.Notification.Channel));
    }
}
