using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>The JSON of the notifications, field for field as the reference gives them (§2.7.1-§2.7.3).</summary>
internal static class NotificationBodies
{
    // §2.7.1: the SQS (and SNS) message. NotificationMetadata is absent when the hook has none.
    public static string TargetMessage(LifecycleActionSnapshot action, string? metadata, string requestId, string time, SimulationEnvironment environment, string group) =>
        Write(w =>
        {
            w.WriteString("Service", "AWS Auto Scaling");
            w.WriteString("Time", time);
            w.WriteString("RequestId", requestId);
            w.WriteString("LifecycleActionToken", action.LifecycleActionToken.Value);
            w.WriteString("AccountId", environment.AccountId);
            WriteAction(w, action, metadata, group);
        });

    // §2.7.2: the test message, without token, hook, instance or transition.
    public static string TestMessage(string requestId, string time, SimulationEnvironment environment, string group, string groupArn) =>
        Write(w =>
        {
            w.WriteString("Service", "AWS Auto Scaling");
            w.WriteString("Time", time);
            w.WriteString("RequestId", requestId);
            w.WriteString("Event", "autoscaling:TEST_NOTIFICATION");
            w.WriteString("AccountId", environment.AccountId);
            w.WriteString("AutoScalingGroupName", group);
            w.WriteString("AutoScalingGroupARN", groupArn);
        });

    // §2.7.3: the EventBridge event; account and time live in the envelope, not in detail.
    public static string EventBridgeEvent(LifecycleActionSnapshot action, string? metadata, string id, string time, SimulationEnvironment environment, string group, string groupArn) =>
        Write(w =>
        {
            w.WriteString("version", "0");
            w.WriteString("id", id);
            w.WriteString("detail-type", action.LifecycleTransition.IsLaunching ? "EC2 Instance-launch Lifecycle Action" : "EC2 Instance-terminate Lifecycle Action");
            w.WriteString("source", "aws.autoscaling");
            w.WriteString("account", environment.AccountId);
            w.WriteString("time", time);
            w.WriteString("region", environment.Region);
            w.WriteStartArray("resources");
            w.WriteStringValue(groupArn);
            w.WriteEndArray();
            w.WriteStartObject("detail");
            w.WriteString("LifecycleActionToken", action.LifecycleActionToken.Value);
            WriteAction(w, action, metadata, group);
            w.WriteEndObject();
        });

    // The fields both the target message and the EventBridge detail carry after the token, in the same order.
    private static void WriteAction(Utf8JsonWriter w, LifecycleActionSnapshot action, string? metadata, string group)
    {
        w.WriteString("AutoScalingGroupName", group);
        w.WriteString("LifecycleHookName", action.LifecycleHookName.Value);
        w.WriteString("EC2InstanceId", action.InstanceId.Value);
        w.WriteString("LifecycleTransition", action.LifecycleTransition.Value);
        if (metadata is not null)
        {
            w.WriteString("NotificationMetadata", metadata);
        }

        // §2.2: only groups with a warm pool send Origin and Destination. That the target message carries them as
        // the EventBridge detail does is an assumption from "the same information" of §2.7.1.
        if (action.Origin is { } origin && action.Destination is { } destination)
        {
            w.WriteString("Origin", origin.ToString());
            w.WriteString("Destination", destination.ToString());
        }
    }

    public static string Time(SimulationEnvironment environment, long seconds) =>
        environment.Start.AddSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
