using Lifecycle.Core.Diagnostics;
using System.Numerics;
using Lifecycle.Core.CodeDeploy.AppSpec.Psych;
using Lifecycle.Core.Yaml;
using static Lifecycle.Core.CodeDeploy.AppSpec.AppSpecDiagnosticCodes;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Server;

/// <summary>The hooks section (reference §2.4, §3, §7.1).</summary>
internal sealed partial class ServerAppSpecReader
{
    private const long MaxEventSeconds = 3600;

    // (yaml_hash['hooks'] || {}).each_pair: events in order; a repeated event keeps its first place and its last value.
    private IReadOnlyList<AppSpecHook> ReadHooks(YamlMapping root, string? os)
    {
        var node = root.Find("hooks")?.Value.Resolved;
        if (node is null or YamlScalar { Ruby.Kind: RubyKind.Nil or RubyKind.False })
        {
            return Array.Empty<AppSpecHook>();
        }

        if (node is not YamlMapping events)
        {
            Error(HooksNotMapping, "hooks is not a mapping of lifecycle events to scripts. Write each event as a key, such as \"ApplicationStart:\", with its scripts as a list under it.", "hooks", node.Span);
            return Array.Empty<AppSpecHook>();
        }

        var hooks = new List<AppSpecHook>(events.Entries.Length);

        // A Ruby Hash: a repeated event keeps its first place and takes the last value. Events are few: a list will do.
        var byEvent = new List<(string Name, YamlEntry Entry, List<HookScript>? Scripts)>(events.Entries.Length);
        foreach (var entry in events.Entries)
        {
            var name = entry.Key.Resolved is YamlScalar key ? key.Ruby.ToRubyString() : Source(entry.Key);
            var read = (name, entry, ReadEvent(name, entry, os));
            var earlier = -1;
            for (var i = 0; i < byEvent.Count && earlier < 0; i++)
            {
                earlier = byEvent[i].Name == name ? i : -1;
            }

            if (earlier < 0)
            {
                byEvent.Add(read);
            }
            else
            {
                Warn(DuplicateKey, $"The lifecycle event {name} is given more than once; the agent runs only the last one's scripts. Merge them into one list.", $"hooks.{name}", entry.Key.Span);
                byEvent[earlier] = read;
            }
        }

        foreach (var (name, entry, scripts) in byEvent)
        {
            CheckEventName(name, entry);
            if (scripts is not null)
            {
                hooks.Add(new AppSpecHook(LifecycleEventName.FromValidated(name), scripts));
                CheckEventTimeout(name, entry, scripts);
            }
        }

        return hooks;
    }

    // Returns null for an event the agent drops (a null value) or cannot read.
    private List<HookScript>? ReadEvent(string name, YamlEntry entry, string? os)
    {
        var path = new NodePath("hooks", name);
        var value = entry.Value.Resolved;
        // "if scripts": Ruby drops false as it drops nil.
        if (value is YamlScalar { Ruby.Kind: RubyKind.Nil or RubyKind.False })
        {
            Info(EmptyHook, $"{name} has no scripts, so the agent ignores it. Add scripts under it, or remove the line.", path.ToString(), entry.Key.Span);
            return null;
        }

        if (value is not YamlSequence list)
        {
            var hint = value is YamlMapping m && m.Entries.Any(e => e.KeyText?.StartsWith('-') == true)
                ? " A space is missing after a \"-\" (\"-location:\" must be \"- location:\")."
                : string.Empty;
            Error(HookNotList, $"{name} is not a list of scripts.{hint} Write each script as \"- location: scripts/x.sh\" under the event, indented.", path.ToString(), value.Span);
            return null;
        }

        var scripts = new List<HookScript>(list.Items.Length);
        for (var i = 0; i < list.Items.Length; i++)
        {
            if (ReadScript(path with { Index = i }, list.Items[i], os) is { } script)
            {
                scripts.Add(script);
            }
        }

        return scripts;
    }

    // The path is built only when a finding needs it: most scripts have none.
    private HookScript? ReadScript(NodePath at, YamlNode item, string? os)
    {
        if (item.Resolved is not YamlMapping script)
        {
            var hint = item.Resolved is YamlScalar { Value: var text } && text.StartsWith("-location", StringComparison.Ordinal)
                ? " A space is missing after the \"-\"."
                : string.Empty;
            Error(ScriptNotMapping, $"{at} is not a mapping with a location.{hint} Write \"- location: scripts/x.sh\", with timeout and runas under it.", at.ToString(), item.Span);
            return null;
        }

        CheckKeys(script, ScriptKeys, at, "a script");

        // script['location'] nil or missing, or blank once to_s.strip'ped: no location.
        var location = ScalarText(script, "location") is { } written ? RubyStrip(written) : null;
        if (string.IsNullOrEmpty(location))
        {
            Error(ScriptWithoutLocation, $"{at} has no location. Add \"location:\" with the script's path inside the revision, such as scripts/start.sh.", $"{at}.location", script.Find("location")?.Value.Span ?? script.Span);
        }
        else
        {
            CheckLocation(at, location, script);
        }

        var runas = ScalarText(script, "runas") is { } givenRunAs ? RubyStrip(givenRunAs) : null;
        if (runas is not null && os == "windows")
        {
            Warn(RunAsOnWindows, $"{at} has runas, but runas works only on Linux; on Windows the script runs as the agent's own account. Remove it.", $"{at}.runas", script.Find("runas")!.Value.Key.Span);
        }

        var timeout = ReadTimeout(at, script);
        if (location is not { Length: > 0 } || timeout is null)
        {
            return null;
        }

        var read = new HookScript(location, ScriptTimeout.FromSeconds(timeout.Value), runas);
        _places[read] = new AppSpecPlace($"{at}.location", script.Find("location")!.Value.Value.Span);
        return read;
    }

    // ScriptInfo: (script['timeout'] || 3600).to_i, then <= 0 is refused.
    private long? ReadTimeout(NodePath at, YamlMapping script)
    {
        var entry = script.Find("timeout");
        var node = entry?.Value.Resolved;
        var value = (node as YamlScalar)?.Ruby;
        if (node is null || value is { Kind: RubyKind.Nil or RubyKind.False })
        {
            return ScriptTimeout.DefaultSeconds;
        }

        BigInteger? seconds = value?.ToRubyInteger();
        if (seconds is null)
        {
            Error(InvalidTimeout, $"timeout is {(node is YamlScalar s ? s.Value : "not a value")}, which the agent cannot read as a number of seconds. Write a whole number such as 300.", $"{at}.timeout", node.Span);
            return null;
        }

        if (seconds <= 0)
        {
            Error(InvalidTimeout, $"timeout is {((YamlScalar)node).Value}, which the agent reads as {Format(seconds.Value)} {Plural(seconds.Value, "second")}; it must be at least 1. Write a whole number of seconds such as 300.", $"{at}.timeout", node.Span);
            return null;
        }

        var written = ((YamlScalar)node).Value.Trim();
        if (!IsPlainDecimal(written, seconds.Value))
        {
            Warn(TimeoutReadDifferently, $"timeout is written {written}, but the agent reads it as {Format(seconds.Value)} {Plural(seconds.Value, "second")}. Write {Format(seconds.Value)} if that is what you mean.", $"{at}.timeout", node.Span);
        }

        return seconds > long.MaxValue ? long.MaxValue : (long)seconds.Value;
    }

    // True when a segment of the path, between '/' or '\\', is "..".
    private static bool ClimbsOut(string location)
    {
        var rest = location.AsSpan();
        while (true)
        {
            var cut = rest.IndexOfAny('/', '\\');
            var segment = cut < 0 ? rest : rest[..cut];
            if (segment.SequenceEqual(".."))
            {
                return true;
            }

            if (cut < 0)
            {
                return false;
            }

            rest = rest[(cut + 1)..];
        }
    }

    // True when the text is the number written in plain decimal digits, as the agent reads it.
    private static bool IsPlainDecimal(string written, BigInteger value) =>
        written.Length > 0 && (written.Length == 1 || written[0] != '0') && !written.AsSpan().ContainsAnyExceptInRange('0', '9')
        && long.TryParse(written, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed == value;

    private void CheckLocation(NodePath at, string location, YamlMapping script)
    {
        var span = script.Find("location")!.Value.Value.Span;
        if (location.StartsWith('/') || (location.Length > 2 && location[1] == ':' && char.IsAsciiLetter(location[0])))
        {
            Warn(LocationOutsideRevision, $"location {location} is absolute, but the agent always reads it inside the revision, not from the instance's root. Write the path relative to the revision, such as {location.TrimStart('/')}.", $"{at}.location", span);
        }
        else if (ClimbsOut(location))
        {
            Warn(LocationOutsideRevision, $"location {location} climbs out of the revision with \"..\". The script must be part of the revision: move it in and point at it from the revision's root.", $"{at}.location", span);
        }
    }

    private void CheckEventName(string name, YamlEntry entry)
    {
        var path = new NodePath("hooks", name);
        var span = entry.Key.Span;
        if (Array.IndexOf(LifecycleEventNames.ServerScriptable, name) >= 0)
        {
            if (Array.IndexOf(LifecycleEventNames.ServerTraffic, name) >= 0)
            {
                Warn(TrafficHookNeedsLoadBalancer, $"{name} runs only when the deployment group has a load balancer (in-place) or in a blue/green deployment; otherwise its scripts never run.", path.ToString(), span);
            }

            return;
        }

        if (Array.IndexOf(LifecycleEventNames.Reserved, name) >= 0)
        {
            Warn(ReservedEvent, $"{name} is reserved for CodeDeploy and cannot run scripts, so these scripts never run. Move them to an event such as {(name is "Install" or "DownloadBundle" ? "BeforeInstall or AfterInstall" : "BeforeAllowTraffic or AfterAllowTraffic")}.", path.ToString(), span);
            return;
        }

        if (Array.IndexOf(LifecycleEventNames.Ecs, name) >= 0)
        {
            Warn(OtherPlatformEvent, $"{name} is an Amazon ECS event; an EC2/On-Premises deployment never runs it.", path.ToString(), span);
            return;
        }

        var suggestion = NearMiss.Suggest(name, LifecycleEventNames.ServerScriptable);
        Warn(UnknownEvent, suggestion is not null
                ? $"{name} is not a lifecycle event, so its scripts never run. Did you mean {suggestion}? Event names are case-sensitive."
                : $"{name} is not a lifecycle event, so its scripts never run. The events are: {string.Join(", ", LifecycleEventNames.ServerScriptable)}.",
            path.ToString(), span);
    }

    // The AppSpec Assistant's rule (§7.6): the scripts of one event should fit in an hour.
    private void CheckEventTimeout(string name, YamlEntry entry, List<HookScript> scripts)
    {
        BigInteger total = 0;
        foreach (var script in scripts)
        {
            total += script.Timeout.Seconds;
        }

        if (total > MaxEventSeconds)
        {
            var defaults = scripts.Count(s => s.Timeout == ScriptTimeout.Default) is var n and > 0
                ? $" ({n} {(n == 1 ? "script has" : "scripts have")} no timeout and count as {ScriptTimeout.DefaultSeconds})"
                : string.Empty;
            Warn(EventTimeoutOverHour, $"The scripts of {name} may run for {Format(total)} seconds in all{defaults}, more than the hour a lifecycle event is allowed. Give each script a timeout so that together they fit in {MaxEventSeconds} seconds.", $"hooks.{name}", entry.Key.Span);
        }
    }
}
