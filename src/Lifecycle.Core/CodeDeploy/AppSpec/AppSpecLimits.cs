using Lifecycle.Core.Yaml;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// Bounds that keep a hostile document from exhausting memory, the stack or time. The defaults are far above
/// any real AppSpec (the largest of 307 public ones is a few KB and 8 levels deep); raise them if you must.
/// </summary>
public sealed record AppSpecLimits
{
    /// <summary>The defaults.</summary>
    public static AppSpecLimits Default { get; } = new();

    /// <summary>The longest document read, in characters (default 1 MiB).</summary>
    public int MaxDocumentLength { get; init; } = 1 << 20;

    /// <summary>The deepest nesting of mappings and sequences (default 10,000, past what the agent's Ruby can load).</summary>
    public int MaxDepth { get; init; } = 10_000;

    /// <summary>The most nodes in the document, aliases counted as what they expand to (default 100,000).</summary>
    public int MaxNodes { get; init; } = 100_000;

    internal TreeReadProfile ToTreeProfile() => new(
        MaxDocumentLength, MaxDepth, MaxNodes, AppSpecDiagnosticCodes.YamlSyntax, AppSpecDiagnosticCodes.DocumentTooLarge, "An AppSpec", nameof(AppSpecLimits),
        "; the agent's parser refuses the file too.");
}
