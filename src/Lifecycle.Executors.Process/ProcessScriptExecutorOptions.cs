namespace Lifecycle.Executors.Process;

/// <summary>Where a <see cref="ProcessScriptExecutor"/> finds scripts and how it runs them.</summary>
public sealed record ProcessScriptExecutorOptions
{
    /// <summary>The folder of the revision being deployed: script locations of the current revision resolve inside it.</summary>
    public required string RevisionRoot { get; init; }

    /// <summary>
    /// The folder of the last successful revision, for ApplicationStop and the block-traffic events (reference §4.2);
    /// null when there is none (those events then have nothing to run).
    /// </summary>
    public string? LastSuccessfulRevisionRoot { get; init; }

    /// <summary>The most recent revision's folder (blue/green rollbacks); null to use <see cref="LastSuccessfulRevisionRoot"/>.</summary>
    public string? MostRecentRevisionRoot { get; init; }

    /// <summary>The most characters of output kept as a script's tail (the agent keeps about 2 KB; the API shows up to 4 KB).</summary>
    public int OutputTailLength { get; init; } = 4096;

    /// <summary>A file every script's output is appended to, in the agent's script log format; null for none.</summary>
    public string? ScriptLogPath { get; init; }

    /// <summary>Extra environment variables for every script (on top of the inherited environment and the deployment's).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The working directory of scripts; the revision's folder when null.</summary>
    public string? WorkingDirectory { get; init; }
}
