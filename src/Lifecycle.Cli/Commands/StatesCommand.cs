using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Cli.Commands;

/// <summary>
/// <c>lifecycle states [--format text|json|mermaid]</c>: the instance state machine the simulator follows
/// (<see cref="InstanceStateMachine"/>), with the states spelled as the Auto Scaling API spells them.
/// </summary>
internal static class StatesCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "text (one transition a line), json ({\"states\":[...],\"transitions\":[...]}) or mermaid (a state diagram).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "mermaid");
        var command = new Command("states", "Print the lifecycle state machine of an Auto Scaling instance, as the simulator follows it.") { format };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var text = parsed.GetValue(format) switch
            {
                "json" => Json(),
                "mermaid" => InstanceStateMachine.ToMermaid(),
                _ => Text(),
            };
            await parsed.InvocationConfiguration.Output.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Text()
    {
        var text = new StringBuilder();
        foreach (var t in InstanceStateMachine.Transitions)
        {
            text.Append(t.From?.ToWire() ?? "(new)").Append(" -> ").Append(t.To.ToWire()).Append("  [").Append(t.Trigger).Append("]\n");
        }

        return text.ToString();
    }

    private static string Json()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("states");
            foreach (var state in InstanceStateMachine.States)
            {
                writer.WriteStringValue(state.ToWire());
            }

            writer.WriteEndArray();
            writer.WriteStartArray("transitions");
            foreach (var t in InstanceStateMachine.Transitions)
            {
                writer.WriteStartObject();
                if (t.From is { } from)
                {
                    writer.WriteString("from", from.ToWire());
                }
                else
                {
                    writer.WriteNull("from");
                }

                writer.WriteString("to", t.To.ToWire());
                writer.WriteString("trigger", t.Trigger.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
