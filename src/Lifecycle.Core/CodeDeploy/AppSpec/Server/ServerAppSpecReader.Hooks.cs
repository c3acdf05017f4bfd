using System.Numerics;
using Lifecycle.Core.CodeDeploy.AppSpec.Yaml;
using static Lifecycle.Core.CodeDeploy.AppSpec.AppSpecDiagnosticCodes;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Server;

/// <summary>The hooks section (reference §2.4, §3, §7.1).</summary>
internal sealed partial class ServerAppSpecReader
{
    private const long MaxEventSeconds = 3600;

    // (yaml_hash['hooks'] || {}).each_pair: events in order; a repeated event keeps its first place and its last value.
    private List<AppSpecHook> ReadHooks(YamlMapping root, string? os)
    {
        var hooks = new List<AppSpecHook>();
        var node = root.Find("hooks")?.Value.Resolved;
        if (node is null or YamlScalar { Ruby.Kind: RubyKind.Nil or RubyKind.False })
        {
            return hooks;
        }

        if (node is not YamlMapping events)
        {
            Error(HooksNotMapping, "hooks is not a mapping of lifecycle events to scripts. Write each event as a key, such as \"ApplicationStart:\", with its scripts as a list under it.", "hooks", node.Span);
            return hooks;
        }

        var order = new List<string>();
        var byEvent = new Dictionary<string, (YamlEntry Entry, List<HookScript>? Scripts)>(StringComparer.Ordinal);
        foreach (var entry in events.Entries)
        {
            var name = entry.Key.Resolved is YamlScalar key ? key.Ruby.ToRubyString() : Source(entry.Key);
            if (!byEvent.ContainsKey(name))
            {
                order.Add(name);
            }
            else
            {
                Warn(DuplicateKey, $"The lifecycle event {name} is given more than once; the agent runs only the last one's scripts. Merge them into one list.", $"hooks.{name}", entry.Key.Span);
            }

            byEvent[name] = (entry, ReadEvent(name, entry, os));
        }

        foreach (var name in order)
        {
            var (entry, scripts) = byEvent[name];
            CheckEventName(name, entry);
            if (scripts is not null)
            {
                hooks.Add(new AppSpecHook(name, scripts));
                CheckEventTimeout(name, entry, scripts);
            }
        }

        return hooks;
    }

    // Returns null for an event the agent drops (a null value) or cannot read.
    private List<HookScript>? ReadEvent(string name, YamlEntry entry, string? os)
    {
        var path = $"hooks.{name}";
        var value = entry.Value.Resolved;
        if (value is YamlScalar { Ruby.IsNil: true })
        {
            Info(EmptyHook, $"{name} has no scripts, so the agent ignores it. Add scripts under it, or remove the line.", path, entry.Key.Span);
            return null;
        }

        if (value is not YamlSequence list)
        {
            var hint = value is YamlMapping m && m.Entries.Any(e => e.KeyText?.StartsWith('-') == true)
                ? " A space is missing after a \"-\" (\"-location:\" must be \"- location:\")."
                : string.Empty;
            Error(HookNotList, $"{name} is not a list of scripts.{hint} Write each script as \"- location: scripts/x.sh\" under the event, indented.", path, value.Span);
            return null;
        }

        var scripts = new List<HookScript>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (ReadScript($"{path}[{i}]", list.Items[i], os) is { } script)
            {
                scripts.Add(script);
            }
        }

        return scripts;
    }

    private HookScript? ReadScript(string path, YamlNode item, string? os)
    {
        if (item.Resolved is not YamlMapping script)
        {
            var hint = item.Resolved is YamlScalar { Value: var text } && text.StartsWith("-location", StringComparison.Ordinal)
                ? " A space is missing after the \"-\"."
                : string.Empty;
            Error(ScriptNotMapping, $"{path} is not a mapping with a location.{hint} Write \"- location: scripts/x.sh\", with timeout and runas under it.", path, item.Span);
            return null;
        }

        CheckKeys(script, ScriptKeys, path, "a script");

        // script['location'] nil or missing, or blank once to_s.strip'ped: no location.
        var location = ScalarText(script, "location")?.Trim();
        if (string.IsNullOrEmpty(location))
        {
            Error(ScriptWithoutLocation, $"{path} has no location. Add \"location:\" with the script's path inside the revision, such as scripts/start.sh.", $"{path}.location", script.Find("location")?.Value.Span ?? script.Span);
        }
        else
        {
            CheckLocation(path, location, script);
        }

        var runas = script.Find("runas") is { Value.Resolved: var runasNode } && runasNode is not YamlScalar { Ruby.IsNil: true }
            ? ScalarText(script, "runas")!.Trim()
            : null;
        if (runas is not null && os == "windows")
        {
            Warn(RunAsOnWindows, $"{path} has runas, but runas works only on Linux; on Windows the script runs as the agent's own account. Remove it.", $"{path}.runas", script.Find("runas")!.Value.Key.Span);
        }

        var timeout = ReadTimeout(path, script);
        return location is { Length: > 0 } && timeout is not null ? new HookScript(location, timeout.Value, runas) : null;
    }

    // ScriptInfo: (script['timeout'] || 3600).to_i, then <= 0 is refused.
    private long? ReadTimeout(string path, YamlMapping script)
    {
        var entry = script.Find("timeout");
        var node = entry?.Value.Resolved;
        if (node is null or YamlScalar { Ruby.Kind: RubyKind.Nil or RubyKind.False })
        {
            return HookScript.DefaultTimeout;
        }

        var timeoutPath = $"{path}.timeout";
        BigInteger? seconds = node is YamlScalar scalar ? scalar.Ruby.ToRubyInteger() : null;
        if (seconds is null)
        {
            Error(InvalidTimeout, $"timeout is {(node is YamlScalar s ? s.Value : "not a value")}, which the agent cannot read as a number of seconds. Write a whole number such as 300.", timeoutPath, node.Span);
            return null;
        }

        if (seconds <= 0)
        {
            Error(InvalidTimeout, $"timeout is {((YamlScalar)node).Value}, which the agent reads as {Format(seconds.Value)} {Plural(seconds.Value, "second")}; it must be at least 1. Write a whole number of seconds such as 300.", timeoutPath, node.Span);
            return null;
        }

        var written = ((YamlScalar)node).Value.Trim();
        if (written != Format(seconds.Value))
        {
            Warn(TimeoutReadDifferently, $"timeout is written {written}, but the agent reads it as {Format(seconds.Value)} {Plural(seconds.Value, "second")}. Write {Format(seconds.Value)} if that is what you mean.", timeoutPath, node.Span);
        }

        return seconds > long.MaxValue ? long.MaxValue : (long)seconds.Value;
    }

    private void CheckLocation(string path, string location, YamlMapping script)
    {
        var span = script.Find("location")!.Value.Value.Span;
        var segments = location.Split('/', '\\');
        if (location.StartsWith('/') || (location.Length > 2 && location[1] == ':' && char.IsAsciiLetter(location[0])))
        {
            Warn(LocationOutsideRevision, $"location {location} is absolute, but the agent always reads it inside the revision, not from the instance's root. Write the path relative to the revision, such as {location.TrimStart('/')}.", $"{path}.location", span);
        }
        else if (segments.Contains(".."))
        {
            Warn(LocationOutsideRevision, $"location {location} climbs out of the revision with \"..\". The script must be part of the revision: move it in and point at it from the revision's root.", $"{path}.location", span);
        }
    }

    private void CheckEventName(string name, YamlEntry entry)
    {
        var path = $"hooks.{name}";
        var span = entry.Key.Span;
        if (LifecycleEventNames.ServerScriptable.Contains(name, StringComparer.Ordinal))
        {
            if (LifecycleEventNames.ServerTraffic.Contains(name, StringComparer.Ordinal))
            {
                Warn(TrafficHookNeedsLoadBalancer, $"{name} runs only when the deployment group has a load balancer (in-place) or in a blue/green deployment; otherwise its scripts never run.", path, span);
            }

            return;
        }

        if (LifecycleEventNames.Reserved.Contains(name, StringComparer.Ordinal))
        {
            Warn(ReservedEvent, $"{name} is reserved for CodeDeploy and cannot run scripts, so these scripts never run. Move them to an event such as {(name is "Install" or "DownloadBundle" ? "BeforeInstall or AfterInstall" : "BeforeAllowTraffic or AfterAllowTraffic")}.", path, span);
            return;
        }

        if (LifecycleEventNames.Ecs.Contains(name, StringComparer.Ordinal))
        {
            Warn(OtherPlatformEvent, $"{name} is an Amazon ECS event; an EC2/On-Premises deployment never runs it.", path, span);
            return;
        }

        var suggestion = LifecycleEventNames.Suggest(name, LifecycleEventNames.ServerScriptable);
        Warn(UnknownEvent, suggestion is not null
                ? $"{name} is not a lifecycle event, so its scripts never run. Did you mean {suggestion}? Event names are case-sensitive."
                : $"{name} is not a lifecycle event, so its scripts never run. The events are: {string.Join(", ", LifecycleEventNames.ServerScriptable)}.",
            path, span);
    }

    // The AppSpec Assistant's rule (§7.6): the scripts of one event should fit in an hour.
    private void CheckEventTimeout(string name, YamlEntry entry, List<HookScript> scripts)
    {
        var total = scripts.Aggregate(BigInteger.Zero, (sum, s) => sum + s.Timeout);
        if (total > MaxEventSeconds)
        {
            var defaults = scripts.Count(s => s.Timeout == HookScript.DefaultTimeout) is var n and > 0
                ? $" ({n} {(n == 1 ? "script has" : "scripts have")} no timeout and count as 3600)"
                : string.Empty;
            Warn(EventTimeoutOverHour, $"The scripts of {name} may run for {Format(total)} seconds in all{defaults}, more than the hour a lifecycle event is allowed. Give each script a timeout so that together they fit in 3600 seconds.", $"hooks.{name}", entry.Key.Span);
        }
    }
}
