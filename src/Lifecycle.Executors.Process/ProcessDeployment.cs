using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;

namespace Lifecycle.Executors.Process;

/// <summary>What a local in-place deployment of one revision needs: where it is, where it goes, where state is kept.</summary>
public sealed record ProcessDeploymentOptions
{
    /// <summary>The revision's folder, with its AppSpec at the root.</summary>
    public required string RevisionRoot { get; init; }

    /// <summary>The revision's AppSpec, as <see cref="AppSpecReader"/> read it (its files and permissions are installed).</summary>
    public required ServerAppSpec AppSpec { get; init; }

    /// <summary>
    /// The folder every destination is placed under (<c>/var/www</c> becomes <c>ROOT/var/www</c>). <c>/</c> installs
    /// to the AppSpec's real destinations, as the CodeDeploy agent does; there is no default, so that a deployment
    /// writes to the real system only when asked to.
    /// </summary>
    public required string DestinationRoot { get; init; }

    /// <summary>The last successful revision's folder, whose scripts ApplicationStop and the block-traffic events run; null for none.</summary>
    public string? LastSuccessfulRevisionRoot { get; init; }

    /// <summary>
    /// The folder that keeps what each deployment group installed, for the next deployment's cleanup; by default
    /// <c>.lifecycle/deployment-instructions</c> under <see cref="DestinationRoot"/> (under the home folder when that is <c>/</c>).
    /// </summary>
    public string? StateDirectory { get; init; }

    /// <summary>A file the scripts' output is appended to, in the agent's <c>scripts.log</c> format; null for none.</summary>
    public string? ScriptLogPath { get; init; }

    /// <summary>The deployment group's id, which keys the cleanup list (the default is the agent's local one).</summary>
    public string DeploymentGroupId { get; init; } = "default-local-deployment-group";
}

/// <summary>
/// The whole of a local deployment wired in one place: the scripts run as processes (<see cref="ProcessScriptExecutor"/>),
/// and Install installs the revision's files (<see cref="RevisionInstaller"/>, through <see cref="LocalReservedEventRunner"/>).
/// </summary>
public static class ProcessDeployment
{
    /// <summary>A deployment engine that runs hook scripts as processes and installs the revision's files at Install.</summary>
    /// <param name="options">The revision, its AppSpec and where it goes.</param>
    /// <param name="timeProvider">The clock of the scripts' timeouts; <see cref="TimeProvider.System"/> when null.</param>
    public static DeploymentEngine CreateEngine(ProcessDeploymentOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.DestinationRoot, nameof(options));
        var realDestinations = IsRealDestinations(options.DestinationRoot);
        var revisionRoot = Path.GetFullPath(options.RevisionRoot);
        var installer = new RevisionInstaller(new RevisionInstallerOptions
        {
            RevisionRoot = revisionRoot,
            DestinationRoot = realDestinations ? null : Path.GetFullPath(options.DestinationRoot),
            StateDirectory = StateDirectory(options),
            DeploymentGroupId = options.DeploymentGroupId,
        });
        var executor = new ProcessScriptExecutor(new ProcessScriptExecutorOptions
        {
            RevisionRoot = revisionRoot,
            LastSuccessfulRevisionRoot = options.LastSuccessfulRevisionRoot is null ? null : Path.GetFullPath(options.LastSuccessfulRevisionRoot),
            ScriptLogPath = options.ScriptLogPath,
        });
        return new DeploymentEngine(executor, timeProvider ?? TimeProvider.System, reserved: new LocalReservedEventRunner(installer, options.AppSpec));
    }

    /// <summary>The folder the deployment keeps its state in: <see cref="ProcessDeploymentOptions.StateDirectory"/> or its default.</summary>
    public static string StateDirectory(ProcessDeploymentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.StateDirectory ?? Path.Combine(
            IsRealDestinations(options.DestinationRoot) ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) : Path.GetFullPath(options.DestinationRoot),
            ".lifecycle", "deployment-instructions");
    }

    /// <summary>True for <c>/</c> (or a drive's root): the AppSpec's own destinations.</summary>
    private static bool IsRealDestinations(string destinationRoot) =>
        Path.GetFullPath(destinationRoot) == Path.GetPathRoot(Path.GetFullPath(destinationRoot));
}
