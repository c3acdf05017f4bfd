using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Emulator.Control;

namespace Lifecycle.Cli.Output;

/// <summary>
/// Prints a scenario run as it happens: JSON lines or a readable timeline, one line an event, written at once and
/// kept nowhere; or a Mermaid sequence diagram, drawn from the events at the end.
/// </summary>
internal sealed class SimulationWriters(TextWriter output, string format)
{
    /// <summary>A diagram of more messages than this is unreadable; a mermaid run stops there.</summary>
    public const int MaxMermaidEvents = 10_000;

    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly List<SimulationEvent>? _diagram = format == "mermaid" ? [] : null;

    /// <summary>The most events the run may have in this format.</summary>
    public int MaxEvents(int asked) => _diagram is null ? asked : Math.Min(asked, MaxMermaidEvents);

    /// <summary>Prints one event (for an error, with the step the service refused).</summary>
    public void Write(SimulationEvent e, int? step)
    {
        switch (format)
        {
            case "json":
                JsonLine(w =>
                {
                    w.WriteNumber("t", Seconds(e.Time));
                    TimelineWriter.WriteEvent(w, e, step);
                });
                break;
            case "mermaid":
                _diagram!.Add(e);
                break;
            default:
                output.Write(string.Create(CultureInfo.InvariantCulture, $"t={Seconds(e.Time),-7} {TextOf(e, step)}\n"));
                break;
        }
    }

    /// <summary>Prints the end of the run: its time, whether it was cut short, and each instance's last state.</summary>
    public void Finish(ScenarioRun run)
    {
        switch (format)
        {
            case "json":
                JsonLine(w =>
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
                break;
            case "mermaid":
                output.Write(TimelineWriter.Mermaid(_diagram!, run.Instances.Select(i => i.Key)));
                break;
            default:
                var end = new StringBuilder();
                end.Append(CultureInfo.InvariantCulture, $"t={Seconds(run.End),-7} {(run.Truncated ? "stopped early (too many events; set until lower)" : "end")}: ");
                end.AppendJoin(", ", run.Instances.Select(i => $"{i.Key} {i.Value.ToWire()}"));
                end.Append('\n');
                output.Write(end.ToString());
                break;
        }
    }

    // One object a line: the writer starts afresh for each, and a newline follows it.
    private void JsonLine(Action<Utf8JsonWriter> body)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        output.Write('\n');
    }

    private static string TextOf(SimulationEvent e, int? step) => e switch
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
        SimulationError err => $"error{(step is { } number ? $" in step {number}" : string.Empty)}: {err.Error.Code}: {err.Error.Message}",
        _ => e.GetType().Name,
    };

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

}
