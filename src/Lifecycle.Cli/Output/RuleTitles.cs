namespace Lifecycle.Cli.Output;

/// <summary>A one-line title per diagnostic code, for SARIF rules (the full text is in docs/appspec-rules.md).</summary>
internal static class RuleTitles
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["APP001"] = "The YAML or JSON is malformed",
        ["APP002"] = "The document is past a size, depth or node limit",
        ["APP003"] = "YAML aliases are refused by the agent",
        ["APP004"] = "A value reads as a date or time, which the agent refuses",
        ["APP005"] = "The AppSpec is not a mapping",
        ["APP101"] = "The AppSpec file is empty",
        ["APP102"] = "version must be 0.0",
        ["APP103"] = "os must be linux or windows",
        ["APP104"] = "hooks must be a mapping of lifecycle events",
        ["APP105"] = "A lifecycle event must be a list of scripts",
        ["APP106"] = "A script entry must be a mapping",
        ["APP107"] = "A script needs a location",
        ["APP108"] = "A script timeout must be a positive number of seconds",
        ["APP109"] = "files must be a list of source/destination mappings",
        ["APP110"] = "A files entry needs a source",
        ["APP111"] = "A files entry needs a destination",
        ["APP112"] = "permissions must be a list of mappings",
        ["APP113"] = "A permission needs an object",
        ["APP114"] = "permissions work only on Linux",
        ["APP115"] = "A permission type must be file or directory",
        ["APP116"] = "A mode has one to four octal digits",
        ["APP117"] = "A mode has only the digits 0 to 7",
        ["APP118"] = "An ACL entry has the wrong form",
        ["APP119"] = "ACL base entries are set with mode",
        ["APP120"] = "An ACL permission is one octal digit or r, w, x, -",
        ["APP121"] = "An SELinux context needs a type",
        ["APP122"] = "An SELinux range has the wrong form",
        ["APP123"] = "file_exists_behavior must be DISALLOW, OVERWRITE or RETAIN",
        ["APP201"] = "Unknown lifecycle event: its scripts never run",
        ["APP202"] = "Reserved lifecycle event: it cannot run scripts",
        ["APP203"] = "Lifecycle event of another compute platform",
        ["APP204"] = "A key the agent ignores",
        ["APP205"] = "Traffic hooks run only with a load balancer",
        ["APP206"] = "An event's scripts add up to more than an hour",
        ["APP207"] = "A script location outside the revision",
        ["APP208"] = "runas is ignored on Windows",
        ["APP209"] = "An unquoted mode with a leading zero is read as octal",
        ["APP210"] = "overwrite: is ignored by the agent",
        ["APP211"] = "A UTF-8 byte order mark",
        ["APP212"] = "A timeout read differently from how it is written",
        ["APP213"] = "A key given twice: the last one wins",
        ["APP214"] = "An empty source or destination",
        ["APP215"] = "A lifecycle event with no scripts is ignored",
        ["APP216"] = "Only the first YAML document is read",
        ["LCL001"] = "The file cannot be read",
    };

    public static string For(string code) => Titles.TryGetValue(code, out var title) ? title : code;
}
