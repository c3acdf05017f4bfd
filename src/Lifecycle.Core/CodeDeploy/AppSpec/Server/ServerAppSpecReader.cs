using System.Globalization;
using System.Numerics;
using Lifecycle.Core.CodeDeploy.AppSpec.Psych;
using Lifecycle.Core.Yaml;
using Lifecycle.Core.Diagnostics;
using static Lifecycle.Core.CodeDeploy.AppSpec.AppSpecDiagnosticCodes;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Server;

/// <summary>
/// Reads an EC2/On-Premises AppSpec the way the CodeDeploy agent does (reference §2): the same lookups, the
/// same Ruby typing of values, the same rules. Where the agent stops at its first error, this reports every
/// error with its position; where the agent would crash on a shape it does not expect (a mapping where it
/// iterates a list), this reports an error too, because the deployment fails either way.
/// </summary>
internal sealed partial class ServerAppSpecReader : DocumentBinder
{
    private static readonly BindingVocabulary Vocabulary = new(
        WrongTypeCode: null, UnknownKey, DiagnosticSeverity.Warning, DuplicateKey, KeyWord: "key", Reader: "the agent");

    private static readonly string[] TopLevelKeys = AppSpecVocabulary.ServerTopLevelKeys;
    private static readonly string[] ScriptKeys = AppSpecVocabulary.ScriptKeys;
    private static readonly string[] FileKeys = AppSpecVocabulary.FileKeys;
    private static readonly string[] FileExistsBehaviors = AppSpecVocabulary.FileExistsBehaviors;
    private static readonly string[] OnlyLinux = ["linux"];
    private static readonly string[] OnlyWindows = ["windows"];
    private static readonly string[] EitherOs = AppSpecVocabulary.OperatingSystems;

    private readonly HostOperatingSystem _hostOs;
    private readonly Dictionary<object, AppSpecPlace> _places = new(ReferenceEqualityComparer.Instance);

    private ServerAppSpecReader(List<Diagnostic> diagnostics, HostOperatingSystem hostOs)
        : base(diagnostics, Vocabulary) => _hostOs = hostOs;

    public static ServerAppSpec? Read(YamlNode? root, List<Diagnostic> diagnostics, HostOperatingSystem hostOs) =>
        new ServerAppSpecReader(diagnostics, hostOs).ReadRoot(root);

    private ServerAppSpec? ReadRoot(YamlNode? root)
    {
        // §2.1: YAML.load of an empty or blank document gives nil or false.
        if (root is null || root.Resolved is YamlScalar { Ruby.Kind: RubyKind.Nil or RubyKind.False })
        {
            Error(Empty, "The AppSpec file is empty. Write at least \"version: 0.0\" and \"os: linux\" (or windows).", string.Empty, root?.Span ?? SourceSpan.At(1, 1));
            return null;
        }

        if (root.Resolved is not YamlMapping mapping)
        {
            Error(RootNotMapping, "The AppSpec is not a mapping of keys to values, so the agent cannot read version, os, files or hooks from it. Start with \"version: 0.0\" on a line of its own.", string.Empty, root.Span);
            return null;
        }

        CheckKeys(mapping, TopLevelKeys, NodePath.Root, "an AppSpec");
        var version = ReadVersion(mapping);
        var os = ReadOs(mapping);
        var hooks = ReadHooks(mapping, os);
        var files = ReadFiles(mapping);
        var permissions = ReadPermissions(mapping, os);
        var fileExistsBehavior = ReadFileExistsBehavior(mapping);

        return HasError()
            ? null
            : new ServerAppSpec
            {
                Version = version!,
                Os = os!,
                Hooks = hooks,
                Files = files,
                Permissions = permissions,
                FileExistsBehavior = fileExistsBehavior,
                Places = _places,
            };
    }

    // §2.2: [0.0].include?(version), a numeric comparison, so 0, 0.0 and 0.00 pass and the string "0.0" does not.
    private string? ReadVersion(YamlMapping root)
    {
        var entry = root.Find("version");
        var node = entry?.Value.Resolved;
        if (node is YamlScalar { Ruby: var value } && AppSpecVersion.IsNumericZero(value))
        {
            return ((YamlScalar)node).Value;
        }

        var message = node switch
        {
            null or YamlScalar { Ruby.IsNil: true } => "version is missing. Add \"version: 0.0\" (without quotes) at the top of the file.",
            YamlScalar { Ruby.IsString: true, Value: AppSpecVersion.Text or "0", Tag: { } tag } s =>
                $"version is the string \"{s.Value}\" because it is tagged {ShortTag(tag)}, and the agent compares it with the number 0.0, so it refuses it. Write version: 0.0 without the tag.",
            YamlScalar { Ruby.IsString: true, Value: AppSpecVersion.Text or "0" } s =>
                $"version is the string \"{s.Value}\" because it is quoted, and the agent compares it with the number 0.0, so it refuses it. Write version: 0.0 without quotes.",
            YamlScalar s => $"version is {s.Ruby.ToRubyString()}, but the only AppSpec version is 0.0. Write \"version: 0.0\".",
            _ => "version is not a value. Write \"version: 0.0\".",
        };
        Error(InvalidVersion, message, "version", node?.Span ?? entry?.Key.Span ?? root.Span);
        return null;
    }

    // A tag as it is written: tag:yaml.org,2002:str is !!str.
    private static string ShortTag(string tag) => tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag["tag:yaml.org,2002:".Length..] : tag;

    // §2.3: the agent accepts the name of its own host's OS, exactly.
    private string? ReadOs(YamlMapping root)
    {
        var entry = root.Find("os");
        var node = entry?.Value.Resolved;
        var accepted = _hostOs switch
        {
            HostOperatingSystem.Linux => OnlyLinux,
            HostOperatingSystem.Windows => OnlyWindows,
            _ => EitherOs,
        };
        if (node is YamlScalar { Ruby: { IsString: true } text } && Array.IndexOf(accepted, text.Text) >= 0)
        {
            return text.Text;
        }

        var allowed = string.Join(" or ", accepted.Select(a => $"\"{a}\""));
        var message = node switch
        {
            null or YamlScalar { Ruby.IsNil: true } => $"os is missing. Add \"os: linux\" or \"os: windows\", the operating system of the instances.",
            YamlScalar { Ruby.IsString: true } s when s.Value is "linux" or "windows" =>
                $"os is {s.Value}, but the instances run {accepted[0]}: the agent refuses an AppSpec for another operating system. Write \"os: {accepted[0]}\".",
            YamlScalar { Ruby.IsString: true } s when s.Value.ToLowerInvariant() is "linux" or "windows" =>
                $"os is {s.Value}, but the agent compares it exactly. Write {s.Value.ToLowerInvariant()} in lower case.",
            YamlScalar s => $"os is {s.Ruby.ToRubyString()}, which is not an operating system the agent knows. Write {allowed} (Ubuntu, Amazon Linux and RHEL are all linux).",
            _ => $"os is not a value. Write {allowed}.",
        };
        Error(InvalidOs, message, "os", node?.Span ?? entry?.Key.Span ?? root.Span);
        return null;
    }

    // §2.7
    private string? ReadFileExistsBehavior(YamlMapping root)
    {
        var node = root.Find("file_exists_behavior")?.Value.Resolved;
        if (node is null or YamlScalar { Ruby.IsNil: true })
        {
            return null;
        }

        if (node is YamlScalar { Ruby: { IsString: true } text } && Array.IndexOf(FileExistsBehaviors, text.Text) >= 0)
        {
            return text.Text;
        }

        var written = node is YamlScalar s ? s.Ruby.ToRubyString() : "not a value";
        var hint = FileExistsBehaviors.FirstOrDefault(b => string.Equals(b, written, StringComparison.OrdinalIgnoreCase)) is { } close
            ? $" Did you mean {close}? The value is case-sensitive."
            : string.Empty;
        Error(InvalidFileExistsBehavior, $"file_exists_behavior is {written}, but it must be DISALLOW, OVERWRITE or RETAIN.{hint}", "file_exists_behavior", node.Span);
        return null;
    }

    // §2.5: yaml_hash['files'] || [], then each mapping's ['source'] and ['destination'].
    private IReadOnlyList<AppSpecFile> ReadFiles(YamlMapping root)
    {
        var node = root.Find("files")?.Value.Resolved;
        if (node is null or YamlScalar { Ruby.Kind: RubyKind.Nil or RubyKind.False })
        {
            return Array.Empty<AppSpecFile>();
        }

        if (node is not YamlSequence sequence)
        {
            Error(FilesNotList, "files is not a list. Write each entry as \"- source: ...\" with \"destination: ...\" under it.", "files", node.Span);
            return Array.Empty<AppSpecFile>();
        }

        var files = new List<AppSpecFile>(sequence.Items.Length);

        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var path = new NodePath("files", i);
            if (sequence.Items[i].Resolved is not YamlMapping entry)
            {
                Error(FilesNotList, $"{path} is not a mapping with source and destination. Check its indentation: source and destination belong under the same \"-\".", path.ToString(), sequence.Items[i].Span);
                continue;
            }

            CheckKeys(entry, FileKeys, path, "a files entry", tolerated: "overwrite");
            if (entry.Find("overwrite") is { } overwrite)
            {
                Warn(OverwriteKeyIgnored, "overwrite is not an AppSpec key; the agent ignores it. Use file_exists_behavior: OVERWRITE at the top level instead.", $"{path}.overwrite", overwrite.Key.Span);
            }

            var source = entry.Find("source")?.Value.Resolved as YamlScalar;
            var destination = entry.Find("destination")?.Value.Resolved as YamlScalar;
            var sourceText = ScalarText(entry, "source");
            var destinationText = ScalarText(entry, "destination");
            if (sourceText is null)
            {
                Error(FileWithoutSource, $"{path} has a destination but no source. Add \"source:\" with the path in the revision to copy (\"/\" for all of it).", $"{path}.source", entry.Span);
            }

            if (destinationText is null)
            {
                Error(FileWithoutDestination, $"{path} has a source ({sourceText}) but no destination. Add \"destination:\" with the folder on the instance to copy it to.", $"{path}.destination", entry.Span);
            }

            if (sourceText is { Length: 0 } || destinationText is { Length: 0 })
            {
                Warn(EmptyFilePath, $"{path} has an empty {(sourceText is { Length: 0 } ? "source" : "destination")}. The Ruby agent accepts it, but the newer agent (2.x) refuses it; write the path.",
                    path.ToString(), (sourceText is { Length: 0 } ? source : destination)?.Span ?? entry.Span);
            }

            if (sourceText is not null && destinationText is not null)
            {
                var file = new AppSpecFile(sourceText, destinationText);
                _places[file] = new AppSpecPlace($"{path}.source", source?.Span ?? entry.Span);
                files.Add(file);
            }
        }

        return files;
    }

    /// <summary>The Ruby to_s of a key's value, or null when it is absent or nil. The scalar is typed once.</summary>
    private static string? ScalarText(YamlMapping mapping, string key) => mapping.Find(key)?.Value.Resolved switch
    {
        null => null,
        YamlScalar s => s.Ruby is { IsNil: false } value ? value.ToRubyString() : null,
        var other => Source(other),
    };

    /// <summary>Ruby's <c>strip</c>: ASCII white space and NUL, not NBSP, U+3000 or U+2028 as .NET's Trim would.</summary>
    private static string RubyStrip(string text) => text.TrimStart(RubyLeadingSpace).TrimEnd(RubyTrailingSpace);

    private static readonly char[] RubyLeadingSpace = [' ', '\t', '\n', '\v', '\f', '\r'];
    private static readonly char[] RubyTrailingSpace = [' ', '\t', '\n', '\v', '\f', '\r', '\0'];

    // A mapping or sequence where the agent expects text: Ruby prints it with inspect.
    private static string Source(YamlNode node) => RubyInspect.Of(node);

    private static string Plural(BigInteger n, string noun) => n == 1 ? noun : noun + "s";

    private static string Format(BigInteger n) => n.ToString(CultureInfo.InvariantCulture);
}
