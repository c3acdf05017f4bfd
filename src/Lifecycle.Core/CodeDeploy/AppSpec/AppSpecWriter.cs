using System.Globalization;
using System.Text;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// Writes a server AppSpec as YAML the agent reads back to the same model: every text value double-quoted (so
/// no value is retyped as a number, boolean or date), numbers plain, two-space indentation.
/// </summary>
public static class AppSpecWriter
{
    /// <summary>Writes the AppSpec.</summary>
    /// <param name="spec">The AppSpec.</param>
    /// <returns>The YAML text, ending with a line feed.</returns>
    public static string Write(ServerAppSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var yaml = new StringBuilder();
        yaml.Append("version: ").Append(spec.Version).Append('\n');
        yaml.Append("os: ").Append(spec.Os).Append('\n');
        if (spec.FileExistsBehavior is { } behavior)
        {
            yaml.Append("file_exists_behavior: ").Append(behavior).Append('\n');
        }

        if (spec.Files.Count > 0)
        {
            yaml.Append("files:\n");
            foreach (var file in spec.Files)
            {
                yaml.Append("  - source: ").Append(Quote(file.Source)).Append('\n');
                yaml.Append("    destination: ").Append(Quote(file.Destination)).Append('\n');
            }
        }

        if (spec.Permissions.Count > 0)
        {
            yaml.Append("permissions:\n");
            foreach (var permission in spec.Permissions)
            {
                WritePermission(yaml, permission);
            }
        }

        if (spec.Hooks.Count > 0)
        {
            yaml.Append("hooks:\n");
            foreach (var hook in spec.Hooks)
            {
                yaml.Append("  ").Append(Quote(hook.LifecycleEvent.Value)).Append(hook.Scripts.Count == 0 ? ": []\n" : ":\n");
                foreach (var script in hook.Scripts)
                {
                    yaml.Append("    - location: ").Append(Quote(script.Location)).Append('\n');
                    yaml.Append("      timeout: ").Append(script.Timeout.Seconds.ToString(CultureInfo.InvariantCulture)).Append('\n');
                    if (script.RunAs is not null)
                    {
                        yaml.Append("      runas: ").Append(Quote(script.RunAs)).Append('\n');
                    }
                }
            }
        }

        return yaml.ToString();
    }

    private static void WritePermission(StringBuilder yaml, PermissionEntry permission)
    {
        yaml.Append("  - object: ").Append(Quote(permission.Object)).Append('\n');
        yaml.Append("    pattern: ").Append(Quote(permission.Pattern)).Append('\n');
        yaml.Append("    except: ").Append(List(permission.Except)).Append('\n');
        yaml.Append("    type: ").Append(List(permission.Type)).Append('\n');
        Optional(yaml, "owner", permission.Owner);
        Optional(yaml, "group", permission.Group);
        Optional(yaml, "mode", permission.Mode?.Value);
        if (permission.Acls.Count > 0)
        {
            yaml.Append("    acls: ").Append(List(permission.Acls)).Append('\n');
        }

        if (permission.Context is { } context)
        {
            yaml.Append("    context:\n");
            if (context.Name is not null)
            {
                yaml.Append("      name: ").Append(Quote(context.Name)).Append('\n');
            }

            yaml.Append("      type: ").Append(Quote(context.Type)).Append('\n');
            if (context.Range is not null)
            {
                yaml.Append("      range: ").Append(Quote(context.Range)).Append('\n');
            }
        }
    }

    private static void Optional(StringBuilder yaml, string key, string? value)
    {
        if (value is not null)
        {
            yaml.Append("    ").Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    // A YAML double-quoted scalar: backslash escapes for '"', '\' and every control character.
    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\t' => quoted.Append("\\t"),
                _ when char.IsControl(c) || c is '\uFEFF' or '\u2028' or '\u2029' or '\u0085' =>
                    quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
