using System.Text;
using System.Text.Json;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// The hook table of a server AppSpec as JSON, in the shape the agent's parser gives it: each lifecycle event, in
/// file order, with its scripts in order, each with <c>location</c>, <c>timeout</c> and <c>runas</c> (null when absent).
/// </summary>
public static class AppSpecHookTable
{
    private static void Write(Utf8JsonWriter writer, ServerAppSpec spec)
    {
        writer.WriteStartObject();
        foreach (var hook in spec.Hooks)
        {
            writer.WritePropertyName(hook.LifecycleEvent.Value);
            WriteScripts(writer, hook.Scripts);
        }

        writer.WriteEndObject();
    }

    private static void WriteScripts(Utf8JsonWriter writer, IEnumerable<HookScript> scripts)
    {
        writer.WriteStartArray();
        foreach (var script in scripts)
        {
            writer.WriteStartObject();
            writer.WriteString("location", script.Location);
            writer.WriteNumber("timeout", script.Timeout.Seconds);
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

    /// <summary>The table as compact JSON text: an object of lifecycle events, each with its scripts.</summary>
    /// <param name="spec">The AppSpec.</param>
    /// <returns>The JSON object.</returns>
    public static string ToJson(ServerAppSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Json(writer => Write(writer, spec));
    }

    /// <summary>Scripts as compact JSON text: <c>[{"location":...,"timeout":...,"runas":...}]</c>.</summary>
    /// <param name="scripts">The scripts, in order.</param>
    /// <returns>The JSON array.</returns>
    public static string ToJson(IEnumerable<HookScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        return Json(writer => WriteScripts(writer, scripts));
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
