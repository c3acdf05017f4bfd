using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>Invariants of reading and writing AppSpecs, over generated documents and arbitrary text.</summary>
public class AppSpecReaderTests
{
    private static readonly Gen<string> Word = Gen.Choose(1, 12)
        .SelectMany(n => Gen.ArrayOf(Gen.Elements("abcXYZ019-_./é \"'#:{}[]&*!|>%@`\\".ToCharArray()), n))
        .Select(c => new string(c).Trim())
        .Where(s => s.Length > 0);

    private static readonly Gen<HookScript> Script =
        from location in Word
        from timeout in Gen.Choose(1, 3600)
        from runas in Gen.Elements<string?>(null, "root", "ec2-user", "www data")
        select new HookScript { Location = location, Timeout = ScriptTimeout.FromSeconds(timeout), RunAs = runas };

    private static readonly Gen<PermissionEntry> Permission =
        from obj in Word
        from pattern in Gen.Elements("**", "*.sh", "app*")
        from except in Gen.ListOf(Word).Select(l => l.Take(2).ToList())
        from type in Gen.Elements<IReadOnlyList<string>>(["file"], ["directory"], ["file", "directory"])
        from mode in Gen.Elements<string?>(null, "644", "0755", "2775", "000")
        from acls in Gen.Elements<IReadOnlyList<string>>([], ["user:bob:rwx"], ["default:group:staff:r-x", "mask::r--"])
        from context in Gen.Elements<SeLinuxContext?>(null, new SeLinuxContext { Type = "httpd_sys_content_t" }, new SeLinuxContext { Name = "user_u", Type = "t", Range = "s0-s3:c0.c7,c13" })
        select new PermissionEntry { Object = obj, Pattern = pattern, Except = except, Type = type, Mode = mode is null ? null : PermissionMode.Parse(mode), Acls = acls, Context = context, Owner = "owner", Group = null };

    internal static readonly Gen<ServerAppSpec> WellFormed =
        from linux in Gen.Elements(true, false)
        from events in Gen.Shuffle(new[] { "ApplicationStop", "BeforeInstall", "AfterInstall", "ApplicationStart", "ValidateService", "MyCustomEvent" })
        from count in Gen.Choose(0, 4)
        from scripts in Gen.ArrayOf(Gen.ListOf(Script).Select(l => l.Take(3).ToList()), 4)
        from files in Gen.ListOf(Word.SelectMany(s => Word.Select(d => new AppSpecFile { Source = s, Destination = d }))).Select(l => l.Take(3).ToList())
        from permissions in Gen.ListOf(Permission).Select(l => l.Take(2).ToList())
        from behavior in Gen.Elements<string?>(null, "DISALLOW", "OVERWRITE", "RETAIN")
        select new ServerAppSpec
        {
            Version = "0.0",
            Os = linux ? "linux" : "windows",
            Hooks = [.. events.Take(count).Select((e, i) => new AppSpecHook { LifecycleEvent = LifecycleEventName.Parse(e), Scripts = scripts[i] })],
            Files = files,
            Permissions = linux ? permissions : [],
            FileExistsBehavior = behavior,
        };

    [Property(Arbitrary = [typeof(AppSpecArbitraries)])]
    public bool Property_AWellFormedAppSpec_ReadsWithoutError_AndWritesBackToTheSameModel(ServerAppSpec spec)
    {
        var yaml = AppSpecWriter.Write(spec);
        var document = AppSpecReader.Read(yaml);
        if (!document.IsValid)
        {
            throw new InvalidOperationException("Not valid:\n" + yaml + "\n" + string.Join("\n", document.Diagnostics));
        }

        var read = document.Server!;
        return AppSpecWriter.Write(read) == yaml
            && read.Hooks.Select(h => h.LifecycleEvent.Value).SequenceEqual(spec.Hooks.Select(h => h.LifecycleEvent.Value))
            && read.Hooks.SelectMany(h => h.Scripts).SequenceEqual(spec.Hooks.SelectMany(h => h.Scripts))
            && read.Files.SequenceEqual(spec.Files)
            && read.Permissions.Select(p => (p.Object, p.Mode, p.Context, string.Join(",", p.Acls), string.Join(",", p.Except)))
                .SequenceEqual(spec.Permissions.Select(p => (p.Object, p.Mode, p.Context, string.Join(",", p.Acls), string.Join(",", p.Except))));
    }

    [Property(Arbitrary = [typeof(YamlishText)], MaxTest = PropertyCases.Default * 7)]
    public bool Property_ArbitraryText_NeverThrows_AndEveryFindingHasAPlace(string text) =>
        AppSpecReader.Read(text).Diagnostics.All(d => d.Span is { Line: >= 1, Column: >= 1 });

    [Property(Arbitrary = [typeof(Mutations)], MaxTest = PropertyCases.Default * 3)]
    public bool Property_MutationsOfAValidFile_NeverThrow(Mutation[] mutations)
    {
        var text = Mutations.Valid;
        foreach (var (position, kind, c) in mutations)
        {
            var at = Math.Min(position, text.Length);
            text = kind switch
            {
                0 => text.Insert(at, c.ToString()),
                1 when at < text.Length => text.Remove(at, 1),
                _ when at < text.Length => text.Remove(at, 1).Insert(at, c.ToString()),
                _ => text,
            };
        }

        foreach (var platform in new ComputePlatform?[] { null, ComputePlatform.Server, ComputePlatform.Ecs, ComputePlatform.Lambda })
        {
            _ = AppSpecReader.Read(text, new AppSpecOptions { Platform = platform });
        }

        return true;
    }

    public static class AppSpecArbitraries
    {
        public static Arbitrary<ServerAppSpec> WellFormedServerAppSpec() => Arb.From(WellFormed);
    }

    /// <summary>Arbitrary strings, and strings of YAML's own characters and AppSpec words.</summary>
    public static class YamlishText
    {
        public static Arbitrary<string> Text() => Arb.From(Gen.OneOf(
            Gen.ArrayOf(Gen.Elements("version: 0.0\nos: linux\nhooks:- location&*!|>'\"{}[],#\t \n\uFEFF".ToCharArray())).Select(c => new string(c)),
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)));
    }

    /// <summary>One change of a character: inserted (kind 0), deleted (1) or replaced (2).</summary>
    public sealed record Mutation(int Position, int Kind, char Character);

    public static class Mutations
    {
        public const string Valid = "version: 0.0\nos: linux\nfiles:\n  - source: /\n    destination: /srv/app\npermissions:\n  - object: /srv/app\n    mode: \"755\"\n    acls: [u:bob:rw]\nhooks:\n  ApplicationStart:\n    - location: scripts/start.sh\n      timeout: 300\n      runas: root\n";

        public static Arbitrary<Mutation> Mutation() => Arb.From(
            from position in Gen.Choose(0, Valid.Length - 1)
            from kind in Gen.Choose(0, 2)
            from c in Gen.Elements(" \t\n:-[]{}\"'&*|>#0x".ToCharArray())
            select new Mutation(position, kind, c));
    }
}
