using System.Globalization;
using System.Text;
using System.Text.Json;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Emulator.Control;

/// <summary>
/// A timeline's events as the JSON objects of <c>lifecycle simulate --format json</c> and as a Mermaid sequence
/// diagram: written once, for the CLI's scenario runs and the emulator's <c>GET /_lifecycle/timeline</c>.
/// </summary>
internal static class TimelineWriter
{
    public static void WriteEvent(Utf8JsonWriter writer, SimulationEvent e, int? step)
    {
        switch (e)
        {
            case InstanceStateChanged state:
                writer.WriteString("type", "state");
                writer.WriteString("instance", state.InstanceId.Value);
                writer.WriteString("state", state.State.ToWire());
                break;
            case LifecycleActionStarted started:
                WriteAction(writer, "started", started.Action);
                break;
            case LifecycleActionHeartbeat heartbeat:
                WriteAction(writer, "heartbeat", heartbeat.Action);
                break;
            case LifecycleActionCompleted completed:
                WriteAction(writer, "completed", completed.Action);
                writer.WriteString("result", completed.Result.ToString());
                break;
            case LifecycleActionTimedOut timedOut:
                WriteAction(writer, "timed-out", timedOut.Action);
                writer.WriteString("result", timedOut.Result.ToString());
                writer.WriteString("deadline", timedOut.GlobalTimeout ? "global" : "heartbeat");
                break;
            case LifecycleActionStopped stopped:
                WriteAction(writer, "stopped", stopped.Action);
                break;
            case NotificationSent sent:
                writer.WriteString("type", "notification");
                writer.WriteString("channel", sent.Notification.Channel == NotificationChannel.Target ? "target" : "eventbridge");
                writer.WriteString("destination", sent.Notification.Destination);
                if (sent.Notification.Action is { } action)
                {
                    writer.WriteString("instance", action.InstanceId.Value);
                    writer.WriteString("hook", action.LifecycleHookName.Value);
                }

                writer.WritePropertyName("message");
                writer.WriteRawValue(sent.Notification.Body);
                break;
            case SimulationError error:
                writer.WriteString("type", "error");
                if (step is { } number)
                {
                    writer.WriteNumber("step", number);
                }

                writer.WriteString("code", error.Error.Code);
                writer.WriteString("message", error.Error.Message);
                break;
            default:
                writer.WriteString("type", e.GetType().Name);
                break;
        }
    }

    private static void WriteAction(Utf8JsonWriter writer, string name, LifecycleActionSnapshot action)
    {
        writer.WriteString("type", "action");
        writer.WriteString("event", name);
        writer.WriteString("instance", action.InstanceId.Value);
        writer.WriteString("hook", action.LifecycleHookName.Value);
        writer.WriteString("token", action.LifecycleActionToken.Value);
        writer.WriteNumber("heartbeatDeadline", Seconds(action.HeartbeatDeadline));
        writer.WriteNumber("globalDeadline", Seconds(action.GlobalDeadline));
        if (action.Origin is { } origin && action.Destination is { } destination)
        {
            writer.WriteString("origin", origin.ToString());
            writer.WriteString("destination", destination.ToString());
        }
    }

    public static string Mermaid(IReadOnlyList<SimulationEvent> timeline, IEnumerable<InstanceId> instances)
    {
        // Mermaid reads a hyphen in a participant's name as part of an arrow, so instances get aliases.
        var builder = new StringBuilder("sequenceDiagram\n    participant G as Auto Scaling group\n");
        var alias = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in instances)
        {
            alias[id.Value] = $"I{alias.Count + 1}";
            builder.Append(CultureInfo.InvariantCulture, $"    participant {alias[id.Value]} as {id}\n");
        }

        builder.Append("    participant H as Hook handler\n");
        for (var i = 0; i < timeline.Count; i++)
        {
            var e = timeline[i];
            var line = e switch
            {
                InstanceStateChanged s => $"G->>{alias[s.InstanceId.Value]}: t={Seconds(s.Time)} {s.State.ToWire()}",
                LifecycleActionStarted s => $"{alias[s.Action.InstanceId.Value]}->>H: t={Seconds(s.Time)} waits for {s.Action.LifecycleHookName}",
                LifecycleActionHeartbeat h => $"H->>G: t={Seconds(h.Time)} heartbeat {h.Action.InstanceId} {h.Action.LifecycleHookName}",
                LifecycleActionCompleted c => $"H->>G: t={Seconds(c.Time)} complete {c.Action.InstanceId} {c.Action.LifecycleHookName} {c.Result}",
                LifecycleActionTimedOut t => $"G->>G: t={Seconds(t.Time)} {t.Action.LifecycleHookName} on {t.Action.InstanceId} timed out, {t.Result}",
                LifecycleActionStopped s => $"G->>G: t={Seconds(s.Time)} {s.Action.LifecycleHookName} on {s.Action.InstanceId} stopped",
                SimulationError err => $"Note over G: t={Seconds(err.Time)} error {err.Error.Code}",
                _ => null,
            };
            if (line is not null)
            {
                builder.Append("    ").Append(line.Replace(';', ',')).Append('\n');
            }
        }

        return builder.ToString();
    }

    // The simulator keeps whole seconds; the outputs write them as numbers.
    public static long Seconds(TimeSpan time) => time.Ticks / TimeSpan.TicksPerSecond;
}
