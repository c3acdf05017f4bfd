namespace Lifecycle.Cli;

/// <summary>The process exit codes every command uses.</summary>
internal static class ExitCodes
{
    /// <summary>Everything checked is valid (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>At least one input has an error.</summary>
    public const int Invalid = 1;

    /// <summary>The command line is wrong, or an input cannot be read.</summary>
    public const int UsageOrUnreadable = 2;
}
