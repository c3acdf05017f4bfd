using System.Globalization;
using System.Text.Json.Nodes;
using Lifecycle.Core.CodeDeploy.AppSpec;
using static Lifecycle.Core.Schemas.SchemaNodes;

namespace Lifecycle.Core.Schemas;

/// <summary>
/// The EC2/On-Premises AppSpec as the CodeDeploy agent reads it (YAML, seen as JSON by editors). It is as lenient as
/// the agent: what the agent deploys is valid here; keys the agent ignores are allowed (the validator warns about them),
/// and values are typed as YAML types them. Keys and values come from <see cref="AppSpecVocabulary"/> and
/// <see cref="LifecycleEventNames"/>, as the reader's do.
/// </summary>
internal static class ServerAppSpecSchema
{
    public const string Name = "appspec-server";

    /// <summary>The name of the script shape under <c>definitions</c>.</summary>
    public const string ScriptDefinition = "script";

    // Ruby's String#to_i reads leading blanks, a sign and digits (with single underscores between them): the agent's
    // timeout is that number, and it must be at least 1.
    private const string PositiveRubyIntegerText = "^\\s*\\+?(?:0_?)*[1-9]";

    public static JsonObject Build()
    {
        // The agent keeps most values as Ruby's to_s of whatever YAML made of them: any value but null will do.
        var scalar = new JsonObject { ["not"] = Null() };
        var properties = new JsonObject
        {
            ["version"] = new JsonObject
            {
                ["description"] = "The AppSpec version. The agent compares it with the number 0.0: write version: 0.0 without quotes (a quoted \"0.0\" is refused).",
                ["type"] = "number",
                ["const"] = 0,
            },
            ["os"] = Enum("The instances' operating system. The agent refuses an AppSpec for another operating system than its host's; the value is compared exactly (lower case).",
                AppSpecVocabulary.OperatingSystems),
            ["files"] = AnyOf("The files to copy from the revision to the instance during Install, in order.",
                Null(), DroppedFalse(),
                ArrayOf("The files to copy from the revision to the instance during Install.", Object(
                    "One copy: source (a file or folder in the revision, / for all of it) to destination (a folder on the instance).",
                    new JsonObject
                    {
                        ["source"] = Described(scalar, "A path in the revision: a file, a folder, or / for the whole revision."),
                        ["destination"] = Described(scalar, "The folder on the instance the source is copied into."),
                    },
                    required: [.. AppSpecVocabulary.FileKeys]))),
            ["permissions"] = AnyOf("Ownership, mode, ACLs and SELinux context the agent sets on installed files (Linux only).",
                Null(), DroppedFalse(), ArrayOf("Permission entries, applied in order after the files are copied.", Permission(scalar))),
            ["hooks"] = AnyOf("The lifecycle events and the scripts each runs, in order.", Null(), DroppedFalse(), Hooks()),
            ["file_exists_behavior"] = AnyOf(
                "What Install does with a destination file that exists and that the last deployment did not install: DISALLOW (fail; the default), OVERWRITE or RETAIN.",
                Null(), Enum("DISALLOW, OVERWRITE or RETAIN.", AppSpecVocabulary.FileExistsBehaviors)),
        };

        var body = Object("An AppSpec file.", properties, required: ["version", "os"]);
        body["definitions"] = new JsonObject { [ScriptDefinition] = Script(scalar) };
        return Root(Name, "AWS CodeDeploy AppSpec (EC2/On-Premises)",
            "appspec.yml of an EC2/On-Premises revision, as the CodeDeploy agent reads it. Keys it does not read are allowed and ignored.",
            body);
    }

    // Every event's scripts have one shape, defined once and referred to.
    private static JsonObject Hooks()
    {
        var events = new JsonObject();
        foreach (var name in LifecycleEventNames.ServerScriptable)
        {
            events[name] = AnyOf($"The scripts of {name}.", Null(), DroppedFalse(), ArrayOf($"The scripts {name} runs, in order.", Ref(ScriptDefinition)));
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "Lifecycle event -> the scripts it runs. Event names are case-sensitive; an unknown or reserved event's scripts never run.",
            ["properties"] = events,
            ["additionalProperties"] = AnyOf("An event this platform does not run (its scripts never run).", Null(), DroppedFalse(), ArrayOf("Scripts.", Ref(ScriptDefinition))),
        };
    }

    private static JsonObject Script(JsonObject scalar) =>
        Object("A script the event runs.",
            new JsonObject
            {
                ["location"] = new JsonObject
                {
                    ["description"] = "The script's path inside the revision (relative; the agent reads a leading / inside the revision too).",
                    ["anyOf"] = new JsonArray(String("A path.", pattern: "\\S"), new JsonObject { ["type"] = Array(["number", "boolean", "array", "object"]) }),
                },
                ["timeout"] = new JsonObject
                {
                    ["description"] = string.Create(CultureInfo.InvariantCulture,
                        $"Seconds the script may run before the agent fails the event; default {ScriptTimeout.DefaultSeconds}. The scripts of one event should fit in 3600 seconds."),
                    ["anyOf"] = new JsonArray(Null(), new JsonObject { ["const"] = false }, new JsonObject { ["type"] = "number", ["minimum"] = 1 },
                        String("A number in text: the agent reads its leading digits.", pattern: PositiveRubyIntegerText)),
                },
                ["runas"] = AnyOf("The Linux user the script runs as (through su); the agent's own user when absent. Ignored on Windows.",
                    Null(), scalar.DeepClone()),
                ["sudo"] = new JsonObject { ["description"] = "Read by the agent but not documented by AWS." },
            },
            required: ["location"]);

    private static JsonObject Permission(JsonObject scalar)
    {
        var textList = AnyOf("A list.", Null(), ArrayOf("Values.", scalar.DeepClone()));
        return Object("Permissions for object and, for a folder, what pattern matches under it.",
            new JsonObject
            {
                ["object"] = Described(scalar, "The file or folder on the instance the entry applies to."),
                ["pattern"] = AnyOf("Which files under object (a glob); ** for all, the default.", Null(), scalar.DeepClone()),
                ["except"] = Described(textList, "Patterns of files under object that the entry leaves alone."),
                ["type"] = AnyOf("What the entry applies to: file, directory or both (the default).",
                    Null(), ArrayOf("file and/or directory.", Enum("file or directory.", AppSpecVocabulary.PermissionTypes))),
                ["owner"] = AnyOf("The owning user.", Null(), scalar.DeepClone()),
                ["group"] = AnyOf("The owning group.", Null(), scalar.DeepClone()),
                ["mode"] = AnyOf("The mode as octal digits. Quote it (\"0755\"): YAML reads an unquoted leading zero as an octal number.",
                    Null(), new JsonObject { ["type"] = "integer", ["minimum"] = 0 }, String("One to four octal digits.", pattern: "^[0-7]{1,4}$")),
                ["acls"] = Described(textList, "ACL entries such as u:bob:rw or d:g:staff:rx (named users and groups; not the base entries)."),
                ["context"] = AnyOf("The SELinux context.", Null(), Object("name, type and range.",
                    new JsonObject
                    {
                        ["name"] = AnyOf("The SELinux user.", Null(), scalar.DeepClone()),
                        ["type"] = Described(scalar, "The SELinux type (required)."),
                        ["range"] = AnyOf("The SELinux range, such as s0-s3:c0.c7.", Null(), scalar.DeepClone()),
                    },
                    required: ["type"])),
            },
            required: ["object"]);
    }

    // The agent reads these with "value || default" or "if value", so false is dropped as null is.
    private static JsonObject DroppedFalse() => new() { ["const"] = false, ["description"] = "false, which the agent drops as it drops null." };
}
