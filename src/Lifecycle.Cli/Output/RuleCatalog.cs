using System.Reflection;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Cli.Output;

/// <summary>
/// The descriptor of every code the tool reports, for the JSON and SARIF writers: the core's
/// <see cref="Lifecycle.Core.DiagnosticRules"/>, and the tool's own codes with their help links made the same way.
/// </summary>
internal static class RuleCatalog
{
    /// <summary>The repository's docs folder, as the help links give it.</summary>
    public static readonly string Docs = typeof(RuleCatalog).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value?.TrimEnd('/') + "/blob/main/docs/";

    private static readonly DiagnosticRule[] CliRules = [.. CliDiagnosticCodes.Rules.Select(r => r with
    {
        HelpUri = new Uri(Docs + r.DocumentationPage + "#" + r.Code),
        Sources = ["derived here"],
    })];

    /// <summary>The rule of a code, or null for a code no catalogue knows.</summary>
    public static DiagnosticRule? Find(string code) =>
        Lifecycle.Core.DiagnosticRules.TryGet(code, out var rule) ? rule : CliRules.FirstOrDefault(r => r.Code == code);
}
