using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>
/// One AppSpec, whichever way the reader takes it: written as block YAML, as flow YAML, or as JSON (which takes the
/// strict JSON reader, the fast path, where YAML takes YamlDotNet and the agent's checks), given as text or as
/// bytes, it gets the same verdict, and when valid the same hook table.
/// </summary>
public class AppSpecReadingPathProperties
{
    /// <summary>A value as the document types it: text, a whole number, null or a boolean.</summary>
    public sealed record Value(char Kind, string Text);

    public sealed record Script(Value Location, Value? Timeout, Value? RunAs);

    public sealed record Spec(string Os, IReadOnlyList<(string Event, IReadOnlyList<Script> Scripts)> Hooks, int Seed);

    private static readonly Gen<Value> Text = Gen.Elements("start.sh", "scripts/a b.sh", "root", "yes", "null", "0.0", "300", "1:30", ":root", "#x", "a: b", "  pad  ", "", "é ü", "x\"y", "back\\slash", "tab\there", "2024-01-01", "[x]", "{a}", "- x", "&a", "*a", "!tag", "%d", "'q'")
        .Select(t => new Value('s', t));

    private static readonly Gen<Value> AnyValue = Gen.OneOf(
        Text,
        Gen.Choose(0, 5000).Select(n => new Value('i', n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        Gen.Constant(new Value('n', string.Empty)),
        Gen.Elements("true", "false").Select(b => new Value('b', b)));

    private static readonly Gen<Script> Scripts =
        from location in Gen.Frequency((5, Text), (1, AnyValue))
        from timeout in Gen.Frequency((2, Gen.Constant<Value?>(null)), (3, AnyValue.Select(v => (Value?)v)))
        from runas in Gen.Frequency((2, Gen.Constant<Value?>(null)), (3, AnyValue.Select(v => (Value?)v)))
        select new Script(location, timeout, runas);

    private static readonly Gen<Spec> Specs =
        from os in Gen.Elements("linux", "windows")
        from events in Gen.Shuffle(new[] { "ApplicationStop", "BeforeInstall", "AfterInstall", "ApplicationStart", "ValidateService", "MyEvent" })
        from count in Gen.Choose(0, 4)
        from scripts in Gen.ArrayOf(Gen.ListOf(Scripts).Select(l => (IReadOnlyList<Script>)[.. l.Take(3)]), 4)
        from seed in Gen.Choose(0, int.MaxValue)
        select new Spec(os, [.. events.Take(count).Select((e, i) => (e, scripts[i]))], seed);

    public static class Arbitraries
    {
        public static Arbitrary<Spec> Spec() => Arb.From(Specs);
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Property_EveryWayOfWritingAndGivingAnAppSpec_GetsTheSameVerdictAndHookTable(Spec spec)
    {
        var random = new Random(spec.Seed);
        var block = Block(spec, random);
        var readings = new[]
        {
            ("block", Outcome(AppSpecReader.Read(block, Server))),
            ("block bytes", Outcome(AppSpecReader.Read(Encoding.UTF8.GetBytes(block), Server))),
            ("flow", Outcome(AppSpecReader.Read(Flow(spec), Server))),
            ("json", Outcome(AppSpecReader.Read(Json(spec), Server))),
        };

        if (readings.Select(r => r.Item2).Distinct().Count() != 1)
        {
            throw new InvalidOperationException("The readings differ:\n" + block + "\n" + string.Join("\n", readings.Select(r => $"{r.Item1}: {r.Item2}")));
        }

        return true;
    }

    private static readonly AppSpecOptions Server = new() { Platform = ComputePlatform.Server };

    private static string Outcome(AppSpecDocument document) => document.IsValid
        ? "valid " + AppSpecHookTable.ToJson(document.Server!)
        : "invalid";

    // Block YAML, each text in one of YAML's styles: plain where plain reads as the same text, else quoted.
    private static string Block(Spec spec, Random random)
    {
        var yaml = new StringBuilder($"version: 0.0\nos: {spec.Os}\n");
        if (spec.Hooks.Count > 0)
        {
            yaml.Append("hooks:\n");
        }

        foreach (var (name, scripts) in spec.Hooks)
        {
            yaml.Append("  ").Append(name).Append(scripts.Count == 0 ? ": []\n" : ":\n");
            foreach (var script in scripts)
            {
                yaml.Append("    - location: ").Append(Yaml(script.Location, random)).Append('\n');
                if (script.Timeout is { } timeout)
                {
                    yaml.Append("      timeout: ").Append(Yaml(timeout, random)).Append('\n');
                }

                if (script.RunAs is { } runas)
                {
                    yaml.Append("      runas: ").Append(Yaml(runas, random)).Append('\n');
                }
            }
        }

        return yaml.ToString();
    }

    private static string Flow(Spec spec) =>
        $"{{version: 0.0, os: {spec.Os}" + (spec.Hooks.Count == 0 ? string.Empty : ", hooks: {" + string.Join(", ", spec.Hooks.Select(h =>
            $"{h.Event}: [{string.Join(", ", h.Scripts.Select(s => "{" + string.Join(", ", Members(s).Select(m => $"{m.Key}: {Quoted(m.Value)}")) + "}"))}]")) + "}") + "}\n";

    private static string Json(Spec spec) =>
        $"{{\"version\": 0.0, \"os\": \"{spec.Os}\"" + (spec.Hooks.Count == 0 ? string.Empty : ", \"hooks\": {" + string.Join(", ", spec.Hooks.Select(h =>
            $"\"{h.Event}\": [{string.Join(", ", h.Scripts.Select(s => "{" + string.Join(", ", Members(s).Select(m => $"\"{m.Key}\": {Quoted(m.Value)}")) + "}"))}]")) + "}") + "}\n";

    private static IEnumerable<KeyValuePair<string, Value>> Members(Script script)
    {
        yield return new("location", script.Location);
        if (script.Timeout is { } timeout)
        {
            yield return new("timeout", timeout);
        }

        if (script.RunAs is { } runas)
        {
            yield return new("runas", runas);
        }
    }

    // As JSON writes it, which YAML's flow style reads the same way.
    private static string Quoted(Value value) => value.Kind switch
    {
        's' => JsonSerializer.Serialize(value.Text, Escaping),
        'n' => "null",
        _ => value.Text,
    };

    private static readonly JsonSerializerOptions Escaping = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Yaml(Value value, Random random) => value.Kind switch
    {
        's' when random.Next(3) == 0 && IsPlainText(value.Text) => value.Text,
        's' when random.Next(2) == 0 => "'" + value.Text.Replace("'", "''", StringComparison.Ordinal) + "'",
        's' => Quoted(value),
        'n' => random.Next(3) switch { 0 => "~", 1 => "null", _ => string.Empty },
        _ => value.Text,
    };

    // Text that a plain scalar writes as itself and Psych reads as that same string.
    private static bool IsPlainText(string text) =>
        text.Length > 0 && char.IsAsciiLetterLower(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '/' or '_')
        && text is not ("yes" or "no" or "null" or "true" or "false" or "on" or "off" or "y" or "n");

    public static class ShortcutText
    {
        public static Arbitrary<string> Text() => Arb.From(
            Gen.ArrayOf(Gen.Elements("version: 0.0\nos: linux\nhooks:- location&*!|>'\"},#  \n\r:?".ToCharArray())).Select(c => new string(c)));
    }

    [Property(Arbitrary = [typeof(ShortcutText)], MaxTest = PropertyCases.Default * 3)]
    public bool Property_TextWithNoTabDirectiveOrFlowOpener_HasNothingForTheFullScanToFind(string text)
    {
        try
        {
            return Lifecycle.Core.CodeDeploy.AppSpec.Psych.LibYamlScanChecks.Find(text, hasTab: true) is null;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return true; // as in Check: a text the scanner cannot read has nothing for it to report
        }
    }
}
