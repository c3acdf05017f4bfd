using System.Globalization;
using System.Text;
using System.Text.Json;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Cli.Output;

/// <summary>Prints a scenario run as JSON lines, a readable timeline, or a Mermaid sequence diagram.</summary>
internal static class SimulationWriters
{
    public static string Json(ScenarioRun run)
    {
        using var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer);

        // One object per line: the writer starts afresh for each and a newline follows it.
        void Line(Action<Utf8JsonWriter> body)
        {
            writer.Reset();
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
            writer.Flush();
            buffer.WriteByte((byte)'\n');
        }

        for (var i = 0; i < run.Timeline.Count; i++)
        {
            var (e, step) = (run.Timeline[i], run.StepOf(i));
            Line(w =>
            {
                w.WriteNumber("t", Seconds(e.Time));
                WriteEvent(w, e, step);
            });
        }

        Line(w =>
        {
            w.WriteString("type", "summary");
            w.WriteNumber("t", Seconds(run.End));
            if (run.Truncated)
            {
                w.WriteBoolean("truncated", true);
            }

            w.WriteStartObject("instances");
            foreach (var (id, state) in run.Instances)
            {
                w.WriteString(id.Value, state.ToWire());
            }

            w.WriteEndObject();
        });
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteEvent(Utf8JsonWriter writer, SimulationEvent e, int? step)
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

    public static string Text(ScenarioRun run)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < run.Timeline.Count; i++)
        {
            var e = run.Timeline[i];
            var line = e switch
            {
                InstanceStateChanged s => $"{s.InstanceId} is {s.State.ToWire()}",
                LifecycleActionStarted s => $"{s.Action.InstanceId} waits for hook {s.Action.LifecycleHookName}{Route(s.Action)} (token {s.Action.LifecycleActionToken}; heartbeat deadline t={Seconds(s.Action.HeartbeatDeadline)}, global deadline t={Seconds(s.Action.GlobalDeadline)})",
                LifecycleActionHeartbeat h => $"{h.Action.InstanceId} heartbeat for hook {h.Action.LifecycleHookName}: heartbeat deadline now t={Seconds(h.Action.HeartbeatDeadline)}",
                LifecycleActionCompleted c => $"{c.Action.InstanceId} hook {c.Action.LifecycleHookName} completed with {c.Result}",
                LifecycleActionTimedOut t => $"{t.Action.InstanceId} hook {t.Action.LifecycleHookName} timed out at its {(t.GlobalTimeout ? "global" : "heartbeat")} deadline; DefaultResult {t.Result} applies",
                LifecycleActionStopped s => $"{s.Action.InstanceId} hook {s.Action.LifecycleHookName} stopped by another hook's ABANDON",
                NotificationSent n => n.Notification.Action is { } a
                    ? $"notification to {n.Notification.Destination} for {a.InstanceId}, hook {a.LifecycleHookName}"
                    : $"test notification to {n.Notification.Destination}",
                SimulationError err => $"error{(run.StepOf(i) is { } step ? $" in step {step}" : string.Empty)}: {err.Error.Code}: {err.Error.Message}",
                _ => e.GetType().Name,
            };
            builder.Append(CultureInfo.InvariantCulture, $"t={Seconds(e.Time),-7} {line}\n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"t={Seconds(run.End),-7} {(run.Truncated ? "stopped early (too many events; set until lower)" : "end")}: ");
        builder.AppendJoin(", ", run.Instances.Select(i => $"{i.Key} {i.Value.ToWire()}"));
        builder.Append('\n');
        return builder.ToString();
    }

    // The simulator keeps whole seconds; the outputs write them as numbers.
    private static long Seconds(TimeSpan time) => time.Ticks / TimeSpan.TicksPerSecond;

    // " on its way from the warm pool to the group", for the actions of a group with a warm pool.
    private static string Route(LifecycleActionSnapshot action) =>
        action.Origin is { } origin && action.Destination is { } destination ? $" on its way from {Place(origin)} to {Place(destination)}" : string.Empty;

    private static string Place(InstanceLocation location) => location switch
    {
        InstanceLocation.EC2 => "EC2",
        InstanceLocation.WarmPool => "the warm pool",
        _ => "the group",
    };

    public static string Mermaid(ScenarioRun run)
    {
        // Mermaid reads a hyphen in a participant's name as part of an arrow, so instances get aliases.
        var builder = new StringBuilder("sequenceDiagram\n    participant G as Auto Scaling group\n");
        var alias = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, _) in run.Instances)
        {
            alias[id.Value] = $"I{alias.Count + 1}";
            builder.Append(CultureInfo.InvariantCulture, $"    participant {alias[id.Value]} as {id}\n");
        }

        builder.Append("    participant H as Hook handler\n");
        for (var i = 0; i < run.Timeline.Count; i++)
        {
            var e = run.Timeline[i];
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
}
