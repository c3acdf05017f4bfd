using System.Diagnostics;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;

namespace Lifecycle.Executors.Process;

/// <summary>Where a <see cref="RevisionInstaller"/> copies from and to, and where it keeps what it installed.</summary>
public sealed record RevisionInstallerOptions
{
    /// <summary>The revision's folder (the sources of <c>files</c>).</summary>
    public required string RevisionRoot { get; init; }

    /// <summary>
    /// A folder every destination is placed under (<c>/var/www</c> becomes <c>ROOT/var/www</c>), so that tests and
    /// dry runs touch nothing else; null to install to the real destinations.
    /// </summary>
    public string? DestinationRoot { get; init; }

    /// <summary>The folder that keeps each deployment group's list of installed paths, for the next deployment's cleanup.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>The deployment group's id: the cleanup list is kept per group.</summary>
    public string DeploymentGroupId { get; init; } = "default-local-deployment-group";

    /// <summary>The deployment's file-exists behavior, used when the AppSpec gives none (default DISALLOW).</summary>
    public string FileExistsBehavior { get; init; } = "DISALLOW";
}

/// <summary>What the installer did, step by step, or why it stopped.</summary>
public sealed record InstallReport
{
    internal InstallReport(IReadOnlyList<string> actions, string? error)
    {
        Actions = actions;
        Error = error;
    }

    /// <summary>Each step, such as <c>copy /srv/app/index.html</c> or <c>retain /srv/app/config.json</c>.</summary>
    public IReadOnlyList<string> Actions { get; init; }

    /// <summary>The agent's message for the failure; null when the install succeeded.</summary>
    public string? Error { get; init; }

    /// <summary>True when every step succeeded.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>
/// Installs a revision's <c>files</c> and applies its <c>permissions</c> as the agent's Install step does (reference
/// §5): first the previous deployment's files (of the same deployment group) are removed; then each files entry is
/// copied (a folder recursively) to its destination folder, with DISALLOW, OVERWRITE or RETAIN deciding what happens
/// to a file already there; then modes and owners are set on what was installed. What it installed is recorded for
/// the next deployment's cleanup. ACLs and SELinux contexts are not applied (they are reported as skipped).
/// </summary>
public sealed class RevisionInstaller(RevisionInstallerOptions options)
{
    private readonly RevisionInstallerOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Installs the AppSpec's files and permissions.</summary>
    /// <param name="spec">The revision's AppSpec.</param>
    /// <returns>What was done, or the failure.</returns>
    public InstallReport Install(ServerAppSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var actions = new List<string>();
        try
        {
            Directory.CreateDirectory(_options.StateDirectory);
            Cleanup(actions);
            var behavior = spec.FileExistsBehavior ?? _options.FileExistsBehavior.ToUpperInvariant();
            var installed = new List<(string Path, bool Directory)>();
            var error = CopyFiles(spec, behavior, installed, actions);
            if (error is null)
            {
                ApplyPermissions(spec, installed, actions);
            }

            File.WriteAllLines(CleanupFile, installed.Select(i => i.Path));
            return new InstallReport(actions, error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InstallReport(actions, $"The installation failed: {e.Message}");
        }
    }

    private string CleanupFile => Path.Combine(_options.StateDirectory, $"{_options.DeploymentGroupId}-cleanup");

    // §5 step 1: the previous deployment's files, in reverse order; folders only when empty.
    private void Cleanup(List<string> actions)
    {
        if (!File.Exists(CleanupFile))
        {
            return;
        }

        foreach (var path in File.ReadAllLines(CleanupFile).Reverse())
        {
            if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                File.Delete(path);
                actions.Add($"remove {path}");
            }
            else if (Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any())
            {
                Directory.Delete(path);
                actions.Add($"remove {path}/");
            }
        }

        File.Delete(CleanupFile);
    }

    private string? CopyFiles(ServerAppSpec spec, string behavior, List<(string Path, bool Directory)> installed, List<string> actions)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in spec.Files)
        {
            var source = Path.GetFullPath(Path.Combine(_options.RevisionRoot, file.Source.Replace('\\', '/').TrimStart('/')));
            var destination = Destination(file.Destination);
            if (Directory.Exists(source))
            {
                MakeDirectory(destination, installed, actions);
                foreach (var entry in Directory.EnumerateFileSystemEntries(source, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).Order(StringComparer.Ordinal))
                {
                    var target = Path.Combine(destination, Path.GetRelativePath(source, entry));
                    if (Directory.Exists(entry))
                    {
                        MakeDirectory(target, installed, actions);
                    }
                    else if (Copy(entry, target, file.Source, behavior, targets, installed, actions) is { } error)
                    {
                        return error;
                    }
                }
            }
            else
            {
                MakeDirectory(destination, installed, actions);
                if (Copy(source, Path.Combine(destination, Path.GetFileName(source)), file.Source, behavior, targets, installed, actions) is { } error)
                {
                    return error;
                }
            }
        }

        return null;
    }

    private static string? Copy(string source, string target, string written, string behavior, HashSet<string> targets, List<(string Path, bool Directory)> installed, List<string> actions)
    {
        if (!targets.Add(target))
        {
            return $"The deployment failed because the application specification file specifies two source files named {written} and another for the same destination ({target}). Remove one of the source file paths from the AppSpec file, and then try again.";
        }

        if (File.Exists(target))
        {
            switch (behavior)
            {
                case "RETAIN":
                    actions.Add($"retain {target}");
                    return null;
                case "OVERWRITE":
                    break;
                default:
                    return $"The deployment failed because a specified file already exists at this location: {target}";
            }
        }

        if (!File.Exists(source))
        {
            return $"The deployment failed because the source {written} does not exist in the revision.";
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
        installed.Add((target, false));
        actions.Add($"copy {target}");
        return null;
    }

    private static void MakeDirectory(string path, List<(string Path, bool Directory)> installed, List<string> actions)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        // Missing ancestors first, each recorded so that cleanup can remove it again when it is empty.
        var parent = Path.GetDirectoryName(path);
        if (parent is not null && !Directory.Exists(parent))
        {
            MakeDirectory(parent, installed, actions);
        }

        Directory.CreateDirectory(path);
        installed.Add((path, true));
        actions.Add($"mkdir {path}");
    }

    // §5 step 3: permissions apply only to what this deployment installed, never to the object itself.
    private void ApplyPermissions(ServerAppSpec spec, List<(string Path, bool Directory)> installed, List<string> actions)
    {
        foreach (var permission in spec.Permissions)
        {
            var obj = Destination(permission.Object).TrimEnd('/');
            foreach (var (path, isDirectory) in installed)
            {
                var applies = path == obj
                    ? !isDirectory && permission.Type.Contains("file")
                    : path.StartsWith(obj + "/", StringComparison.Ordinal)
                        && permission.Type.Contains(isDirectory ? "directory" : "file")
                        && Matches(path[(obj.Length + 1)..], permission.Pattern)
                        && !permission.Except.Any(e => Matches(path[(obj.Length + 1)..], e));
                if (applies)
                {
                    Apply(permission, path, actions);
                }
            }
        }
    }

    private static void Apply(PermissionEntry permission, string path, List<string> actions)
    {
        if (permission.Mode is { } mode && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode.ToUnixFileMode());
            actions.Add($"chmod {mode} {path}");
        }

        if (permission.Owner is not null || permission.Group is not null)
        {
            var owner = $"{permission.Owner}{(permission.Group is null ? string.Empty : ":" + permission.Group)}";
            using var chown = System.Diagnostics.Process.Start(new ProcessStartInfo("chown") { ArgumentList = { owner, path }, RedirectStandardError = true });
            chown!.WaitForExit();
            actions.Add(chown.ExitCode == 0 ? $"chown {owner} {path}" : $"chown {owner} {path} skipped: {chown.StandardError.ReadToEnd().Trim()}");
        }

        if (permission.Acls.Count > 0 || permission.Context is not null)
        {
            actions.Add($"acls and SELinux context of {path} skipped (not applied by this installer)");
        }
    }

    // §2.6.4: "**" is any path at any depth; any other pattern is a simple glob on direct children, only '*' special.
    private static bool Matches(string relative, string pattern)
    {
        if (pattern == "**")
        {
            return true;
        }

        if (relative.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        var parts = pattern.Split('*');
        if (parts.Length == 1)
        {
            return relative == pattern;
        }

        var at = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var found = i == 0 ? (relative.StartsWith(parts[0], StringComparison.Ordinal) ? 0 : -1) : relative.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return parts[^1].Length == 0 || relative.EndsWith(parts[^1], StringComparison.Ordinal);
    }

    private string Destination(string destination) =>
        _options.DestinationRoot is { } root
            ? Path.GetFullPath(Path.Combine(root, destination.Replace('\\', '/').TrimStart('/')))
            : Path.GetFullPath(destination);
}

/// <summary>
/// Carries out the reserved events of a local deployment: Install installs the revision's files with a
/// <see cref="RevisionInstaller"/>; the others (DownloadBundle, Start, End, the traffic steps) have nothing to do locally.
/// </summary>
public sealed class LocalReservedEventRunner(RevisionInstaller installer, ServerAppSpec spec) : IReservedEventRunner
{
    /// <summary>The installer's report, once Install ran.</summary>
    public InstallReport? InstallReport { get; private set; }

    /// <inheritdoc />
    public ValueTask<ScriptOutcome> RunAsync(LifecycleEventName lifecycleEvent, DeploymentContext deployment, CancellationToken cancellationToken)
    {
        if (lifecycleEvent != LifecycleEventName.Install)
        {
            return ValueTask.FromResult(ScriptOutcome.Success());
        }

        InstallReport = installer.Install(spec);
        var tail = string.Join("\n", InstallReport.Actions.TakeLast(40));
        return ValueTask.FromResult(InstallReport.Succeeded
            ? ScriptOutcome.Success(tail)
            : ScriptOutcome.Failed(HookFailureCode.UnknownError, null, InstallReport.Error!, tail));
    }
}
