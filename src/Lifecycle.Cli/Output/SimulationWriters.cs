using System.Globalization;
using System.Text;
using System.Text.Json;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Emulator.Control;

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
                TimelineWriter.WriteEvent(w, e, step);
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

    private static long Seconds(TimeSpan time) => TimelineWriter.Seconds(time);

    // " on its way from the warm pool to the group", for the actions of a group with a warm pool.
    private static string Route(LifecycleActionSnapshot action) =>
        action.Origin is { } origin && action.Destination is { } destination ? $" on its way from {Place(origin)} to {Place(destination)}" : string.Empty;

    private static string Place(InstanceLocation location) => location switch
    {
        InstanceLocation.EC2 => "EC2",
        InstanceLocation.WarmPool => "the warm pool",
        _ => "the group",
    };

    public static string Mermaid(ScenarioRun run) => TimelineWriter.Mermaid(run.Timeline, run.Instances.Select(i => i.Key));
}
