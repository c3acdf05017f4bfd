using System.Text;
using System.Text.Json;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// The hook table of a server AppSpec as JSON, in the shape the agent's parser gives it: each lifecycle event, in
/// file order, with its scripts in order, each with <c>location</c>, <c>timeout</c> and <c>runas</c> (null when absent).
/// </summary>
public static class AppSpecHookTable
{
    /// <summary>Writes the table as a JSON object value.</summary>
    /// <param name="writer">Where to write; the caller has written the property name, if any.</param>
    /// <param name="spec">The AppSpec.</param>
    public static void Write(Utf8JsonWriter writer, ServerAppSpec spec)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(spec);
        writer.WriteStartObject();
        foreach (var hook in spec.Hooks)
        {
            writer.WritePropertyName(hook.LifecycleEvent);
            WriteScripts(writer, hook.Scripts);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes scripts as a JSON array value: <c>[{"location":...,"timeout":...,"runas":...}]</c>.</summary>
    /// <param name="writer">Where to write; the caller has written the property name, if any.</param>
    /// <param name="scripts">The scripts, in order.</param>
    public static void WriteScripts(Utf8JsonWriter writer, IEnumerable<HookScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scripts);
        writer.WriteStartArray();
        foreach (var script in scripts)
        {
            writer.WriteStartObject();
            writer.WriteString("location", script.Location);
            writer.WriteNumber("timeout", script.Timeout);
            if (script.RunAs is null)
            {
                writer.WriteNull("runas");
            }
            else
            {
                writer.WriteString("runas", script.RunAs);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The table as compact JSON text.</summary>
    /// <param name="spec">The AppSpec.</param>
    /// <returns>The JSON object.</returns>
    public static string ToJson(ServerAppSpec spec)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, spec);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
