using Lifecycle.Core.CodeDeploy.AppSpec.Psych;
using Lifecycle.Core.Yaml;
using static Lifecycle.Core.CodeDeploy.AppSpec.AppSpecDiagnosticCodes;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Server;

/// <summary>The permissions section (reference §2.6).</summary>
internal sealed partial class ServerAppSpecReader
{
    private static readonly string[] PermissionKeys = AppSpecVocabulary.PermissionKeys;
    private static readonly string[] ContextKeys = AppSpecVocabulary.ContextKeys;

    private IReadOnlyList<PermissionEntry> ReadPermissions(YamlMapping root, string? os)
    {
        var node = root.Find("permissions")?.Value.Resolved;
        if (node is null or YamlScalar { Ruby.Kind: RubyKind.Nil or RubyKind.False })
        {
            return Array.Empty<PermissionEntry>();
        }

        if (node is not YamlSequence list)
        {
            Error(PermissionsShape, "permissions is not a list. Write each entry as \"- object: /path\" with its settings under it.", "permissions", node.Span);
            return Array.Empty<PermissionEntry>();
        }

        var permissions = new List<PermissionEntry>(list.Items.Length);

        for (var i = 0; i < list.Items.Length; i++)
        {
            var path = $"permissions[{i}]";
            if (list.Items[i].Resolved is not YamlMapping entry)
            {
                Error(PermissionsShape, $"{path} is not a mapping. Write \"- object: /path\" with its settings under it.", path, list.Items[i].Span);
                continue;
            }

            if (ReadPermission(path, entry, os) is { } permission)
            {
                permissions.Add(permission);
            }
        }

        return permissions;
    }

    private PermissionEntry? ReadPermission(string path, YamlMapping entry, string? os)
    {
        CheckKeys(entry, PermissionKeys, new NodePath(path), "a permission");
        var objectText = ScalarText(entry, "object")?.Trim();
        if (string.IsNullOrEmpty(objectText))
        {
            Error(PermissionWithoutObject, $"{path} has no object. Add \"object:\" with the file or folder on the instance it applies to.", $"{path}.object", entry.Find("object")?.Value.Span ?? entry.Span);
            return null;
        }

        if (os == "windows")
        {
            Error(PermissionsOnWindows, $"{path} sets permissions, but permissions work only on Linux instances and this AppSpec is for windows. Remove the permissions section, or set them from a script.", path, entry.Span);
            return null;
        }

        var ok = true;
        var except = ReadTextList(path, entry, "except", ref ok) ?? [];
        var type = ReadTextList(path, entry, "type", ref ok) ?? [.. AppSpecVocabulary.PermissionTypes];
        foreach (var t in type.Where(t => Array.IndexOf(AppSpecVocabulary.PermissionTypes, t) < 0))
        {
            Error(InvalidPermissionType, $"{path}.type has {t}, but a permission applies only to file or directory.", $"{path}.type", entry.Find("type")!.Value.Value.Span);
            ok = false;
        }

        var mode = ReadMode(path, entry, ref ok);
        var acls = ReadAcls(path, entry, ref ok);
        var context = ReadContext(path, entry, ref ok);
        var pattern = ScalarText(entry, "pattern") ?? "**";

        return ok
            ? new PermissionEntry
            {
                Object = objectText,
                Pattern = pattern,
                Except = except,
                Type = type,
                Owner = ScalarText(entry, "owner"),
                Group = ScalarText(entry, "group"),
                Mode = mode is null ? null : PermissionMode.FromValidated(mode),
                Acls = acls,
                Context = context,
            }
            : null;
    }

    // except and type: a list (the agent iterates them; a single value crashes it).
    private List<string>? ReadTextList(string path, YamlMapping entry, string key, ref bool ok)
    {
        var node = entry.Find(key)?.Value.Resolved;
        if (node is null or YamlScalar { Ruby.IsNil: true })
        {
            return null;
        }

        if (node is not YamlSequence list)
        {
            var example = node is YamlScalar s ? s.Value : key;
            Error(PermissionsShape, $"{path}.{key} is not a list. Write it as a list, such as \"{key}: [{example}]\".", $"{path}.{key}", node.Span);
            ok = false;
            return null;
        }

        return [.. list.Items.Select(item => item.Resolved is YamlScalar s ? s.Ruby.ToRubyString() : Source(item))];
    }

    private string? ReadMode(string path, YamlMapping entry, ref bool ok)
    {
        var node = entry.Find("mode")?.Value.Resolved;
        if (node is null or YamlScalar { Ruby.IsNil: true })
        {
            return null;
        }

        var modePath = $"{path}.mode";
        if (node is not YamlScalar scalar)
        {
            Error(ModeInvalidCharacter, $"{modePath} is not a value. Write the mode as digits in quotes, such as \"644\".", modePath, node.Span);
            ok = false;
            return null;
        }

        var written = scalar.Ruby.ToRubyString();
        var octal = scalar.Style == ScalarStyle.Plain && scalar.Ruby.Kind == RubyKind.Integer && scalar.Value.Length > 1 && scalar.Value[0] == '0';
        var (mode, tooLong, bad) = ModeRule.Check(written);
        if (octal && mode is not null)
        {
            // Valid digits, wrong mode: the agent silently applies another mode than the one written.
            Warn(UnquotedOctalMode, $"mode {scalar.Value} has a leading zero and no quotes, so YAML reads it as the octal number {written} and the agent applies mode {written}. Write \"{scalar.Value}\" in quotes, or {scalar.Value.TrimStart('0').PadLeft(3, '0')}.", modePath, scalar.Span);
        }

        if (tooLong is not null)
        {
            Error(ModeTooLong, $"mode {written} is {tooLong.Length} digits long, but a mode has one to four octal digits, such as 644 or 2775.", modePath, scalar.Span);
            ok = false;
        }
        else if (bad is { } c)
        {
            var why = octal ? $" (YAML read the unquoted {scalar.Value} as the octal number {written})" : string.Empty;
            Error(ModeInvalidCharacter, $"mode {written.PadLeft(3, '0')} has the character '{c}'{why}, but a mode has only the digits 0 to 7. Write it in quotes, such as \"{(octal ? scalar.Value : "644")}\".", modePath, scalar.Span);
            ok = false;
        }

        return mode;
    }

    private List<string> ReadAcls(string path, YamlMapping entry, ref bool ok)
    {
        var canonical = new List<string>();
        var node = entry.Find("acls")?.Value.Resolved;
        if (node is null or YamlScalar { Ruby.IsNil: true })
        {
            return canonical;
        }

        if (node is not YamlSequence list)
        {
            Error(PermissionsShape, $"{path}.acls is not a list. Write each entry on its own line, such as \"- u:bob:rw\".", $"{path}.acls", node.Span);
            ok = false;
            return canonical;
        }

        for (var i = 0; i < list.Items.Length; i++)
        {
            var item = list.Items[i].Resolved;
            var acePath = $"{path}.acls[{i}]";
            var ace = item is YamlScalar s ? s.Ruby.ToRubyString() : Source(item);
            var (text, problem, detail) = AclRule.Check(ace);
            switch (problem)
            {
                case AclRule.Problem.None:
                    canonical.Add(text!);
                    continue;
                case AclRule.Problem.BaseEntry:
                    Error(AclBaseEntry, $"ACL entry {ace} sets the base entry of the owner, group or others; the agent refuses it. Set those with mode, and use acls for named users and groups (u:bob:rw).", acePath, item.Span);
                    break;
                case AclRule.Problem.BadPermission:
                    Error(AclInvalidPermission, $"ACL entry {ace} has the permission \"{detail}\", but a permission is one octal digit (0-7) or letters from r, w, x and -.", acePath, item.Span);
                    break;
                default:
                    Error(InvalidAcl, $"ACL entry {ace} is not of the form [d[efault]:][u[ser]|g[roup]|m[ask]|o[ther]:]name:permission, such as u:bob:rw or d:g:staff:rx.", acePath, item.Span);
                    break;
            }

            ok = false;
        }

        return canonical;
    }

    private SeLinuxContext? ReadContext(string path, YamlMapping entry, ref bool ok)
    {
        var node = entry.Find("context")?.Value.Resolved;
        if (node is null or YamlScalar { Ruby.IsNil: true })
        {
            return null;
        }

        var contextPath = $"{path}.context";
        if (node is not YamlMapping context)
        {
            Error(ContextWithoutType, $"{contextPath} is not a mapping with type (and optionally name and range).", contextPath, node.Span);
            ok = false;
            return null;
        }

        if (context.Find("user") is { } user)
        {
            Warn(UnknownKey, "user is not read by the agent, although the docs show it: the SELinux user goes under name:. Rename user: to name:.", $"{contextPath}.user", user.Key.Span);
        }
        else
        {
            CheckKeys(context, ContextKeys, new NodePath(contextPath), "an SELinux context");
        }

        var type = ScalarText(context, "type");
        if (type is null)
        {
            Error(ContextWithoutType, $"{contextPath} has no type. Add the SELinux type, such as \"type: httpd_sys_content_t\".", $"{contextPath}.type", context.Span);
            ok = false;
        }

        if (ScalarText(context, "range") is { } range && SeLinuxRangeRule.Check(range) is { } problem)
        {
            Error(InvalidSeLinuxRange, $"The SELinux range {range} is not valid: {problem}. Write it as s<low>[-s<high>][:c<n>[.c<m>],...], such as s0-s3:c0.c7.", $"{contextPath}.range", context.Find("range")!.Value.Value.Span);
            ok = false;
        }

        return type is null ? null : new SeLinuxContext(ScalarText(context, "name"), type, ScalarText(context, "range"));
    }
}
