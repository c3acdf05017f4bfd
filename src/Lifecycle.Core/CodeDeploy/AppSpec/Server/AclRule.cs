namespace Lifecycle.Core.CodeDeploy.AppSpec.Server;

/// <summary>The agent's ACL entry rule (reference §2.6.2): <c>[d[efault]:][u[ser]|g[roup]|m[ask]|o[ther]:]name:perm</c>.</summary>
internal static class AclRule
{
    public enum Problem
    {
        None,
        Invalid,
        BaseEntry,
        BadPermission,
    }

    /// <summary>The canonical entry (<c>default:user:bob:rwx</c>), or the problem and, for a permission, the bad text.</summary>
    public static (string? Canonical, Problem Problem, string? Detail) Check(string ace)
    {
        var parts = ace.Split(':');
        Array.Reverse(parts);
        if (parts.Length is < 2 or > 4)
        {
            return (null, Problem.Invalid, null);
        }

        var isDefault = false;
        string? type = null;
        if (parts.Length == 4)
        {
            if (parts[3] is not ("d" or "default"))
            {
                return (null, Problem.Invalid, null);
            }

            isDefault = true;
        }

        if (parts.Length >= 3)
        {
            switch (parts[2])
            {
                case "d" or "default":
                    if (isDefault)
                    {
                        return (null, Problem.Invalid, null);
                    }

                    isDefault = true;
                    break;
                case "m" or "mask": type = "mask"; break;
                case "o" or "other": type = "other"; break;
                case "g" or "group": type = "group"; break;
                case "u" or "user": type = "user"; break;
                default: return (null, Problem.Invalid, null);
            }
        }

        var name = parts[1];
        if (name is "m" or "mask" or "o" or "other")
        {
            if (type is null)
            {
                type = name[0] == 'm' ? "mask" : "other";
                name = string.Empty;
            }
        }

        type ??= "user";
        if (type is "mask" or "other" && name.Length > 0)
        {
            return (null, Problem.Invalid, null);
        }

        if (!isDefault && type != "mask" && name.Length == 0)
        {
            return (null, Problem.BaseEntry, null);
        }

        var permission = Permission(parts[0]);
        if (permission is null)
        {
            return (null, Problem.BadPermission, parts[0]);
        }

        return ($"{(isDefault ? "default:" : string.Empty)}{type}:{name}:{permission}", Problem.None, null);
    }

    // One octal digit, or any mix of r, w, x and '-'.
    private static string? Permission(string text)
    {
        if (text.Length == 1 && text[0] is >= '0' and <= '7')
        {
            var bits = text[0] - '0';
            return $"{((bits & 4) != 0 ? 'r' : '-')}{((bits & 2) != 0 ? 'w' : '-')}{((bits & 1) != 0 ? 'x' : '-')}";
        }

        bool r = false, w = false, x = false;
        foreach (var c in text)
        {
            switch (c)
            {
                case 'r': r = true; break;
                case 'w': w = true; break;
                case 'x': x = true; break;
                case '-': break;
                default: return null;
            }
        }

        return $"{(r ? 'r' : '-')}{(w ? 'w' : '-')}{(x ? 'x' : '-')}";
    }
}
