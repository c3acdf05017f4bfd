using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Lifecycle;

namespace Lifecycle.Executors.Process;

/// <summary>
/// Runs hook scripts as real processes, as the CodeDeploy agent does (reference codedeploy-appspec-and-hooks.md
/// §4.3-§4.8): the location resolved inside the revision (one that leaves it is refused), the run bit set where
/// it is missing, the shebang honoured by the kernel, <c>runas</c> through <c>su USER -c PATH</c>, the agent's
/// environment variables, arguments as a list (never a shell string), stdin closed, and the script in a process
/// group of its own, so that a timeout or cancellation kills it and every child it started. A script that exits
/// while a child still holds its output open is reported as the agent reports it (OutputsLeftOpen).
/// </summary>
public sealed class ProcessScriptExecutor : IHookScriptExecutor
{
    private const string SetSid = "/usr/bin/setsid";
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(5);

    private readonly ProcessScriptExecutorOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the executor.</summary>
    /// <param name="options">The revision folders and output settings.</param>
    /// <param name="timeProvider">The clock for the grace period between SIGTERM and SIGKILL, and for log lines.</param>
    public ProcessScriptExecutor(ProcessScriptExecutorOptions options, TimeProvider? timeProvider = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async ValueTask<ScriptOutcome> ExecuteAsync(ScriptInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var location = invocation.Script.Location;
        var root = invocation.Revision switch
        {
            RevisionSource.LastSuccessful => _options.LastSuccessfulRevisionRoot,
            RevisionSource.MostRecent => _options.MostRecentRevisionRoot ?? _options.LastSuccessfulRevisionRoot,
            _ => _options.RevisionRoot,
        };
        if (root is null)
        {
            return new ScriptOutcome(HookFailureCode.ScriptMissing, null, $"No {invocation.Revision} revision to take {location} from.");
        }

        if (ScriptPath.Resolve(root, location) is not { } path)
        {
            return new ScriptOutcome(HookFailureCode.UnknownError, null,
                $"Script at specified location: {location} is outside the revision; a script location must stay inside the revision folder.");
        }

        if (!File.Exists(path))
        {
            return new ScriptOutcome(HookFailureCode.ScriptMissing, null, $"Script does not exist at specified location: {path}");
        }

        if (!EnsureExecutable(path))
        {
            return new ScriptOutcome(HookFailureCode.ScriptNotExecutable, null, $"Unable to set script at specified location: {location} as executable");
        }

        return await RunAsync(invocation, path, root, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ScriptOutcome> RunAsync(ScriptInvocation invocation, string path, string root, CancellationToken cancellationToken)
    {
        var script = invocation.Script;
        var start = CreateStartInfo(invocation, path, root);
        var log = new ScriptOutput(_options.OutputTailLength, _options.ScriptLogPath, _time);
        log.Heading(invocation.LifecycleEvent, script.Location);
        using var process = new System.Diagnostics.Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            return new ScriptOutcome(HookFailureCode.ScriptFailed, null, $"Script at specified location: {script.Location}{RunAs(script.RunAs)} failed with error {e.GetType().Name} with message {e.Message}");
        }

        process.StandardInput.Close();
        var readers = Task.WhenAll(log.PumpAsync(process.StandardOutput, "stdout"), log.PumpAsync(process.StandardError, "stderr"));
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Timeout or stop: the whole group goes, children included (§4.6).
            await KillAsync(process).ConfigureAwait(false);
            await readers.WaitAsync(TimeSpan.FromSeconds(10), _time, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return new ScriptOutcome(HookFailureCode.UnknownError, null, $"Script at specified location: {script.Location} timed out", log.Tail);
        }

        try
        {
            // The process exited; its output must close by the same deadline (§4.6, agent issue #118).
            await readers.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await KillAsync(process).ConfigureAwait(false);
            return new ScriptOutcome(HookFailureCode.OutputsLeftOpen, process.ExitCode,
                $"Script at specified location: {script.Location} failed to close STDOUT", log.Tail);
        }

        return process.ExitCode == 0
            ? ScriptOutcome.Success(log.Tail)
            : new ScriptOutcome(HookFailureCode.ScriptFailed, process.ExitCode,
                string.Create(CultureInfo.InvariantCulture, $"Script at specified location: {script.Location}{RunAs(script.RunAs)} failed with exit code {process.ExitCode}"), log.Tail);
    }

    private ProcessStartInfo CreateStartInfo(ScriptInvocation invocation, string path, string root)
    {
        // §4.4: runas becomes "su USER -c PATH"; the command is an argument list, never one shell string.
        var command = invocation.Script.RunAs is { Length: > 0 } user ? new List<string> { "su", user, "-c", path } : [path];

        // A session of its own makes the script a process group leader, so the whole group can be signalled.
        if (File.Exists(SetSid))
        {
            command.Insert(0, SetSid);
        }

        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _options.WorkingDirectory ?? root,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        var deployment = invocation.Deployment;
        start.Environment["LIFECYCLE_EVENT"] = invocation.LifecycleEvent;
        start.Environment["DEPLOYMENT_ID"] = deployment.DeploymentId;
        start.Environment["APPLICATION_NAME"] = deployment.ApplicationName;
        start.Environment["DEPLOYMENT_GROUP_NAME"] = deployment.DeploymentGroupName;
        start.Environment["DEPLOYMENT_GROUP_ID"] = deployment.DeploymentGroupId;
        foreach (var (name, value) in deployment.BundleVariables.Concat(_options.Environment))
        {
            start.Environment[name] = value;
        }

        return start;
    }

    // §4.3: a script without the run bit gets it; failing that, the script cannot run.
    private static bool EnsureExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        try
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private async Task KillAsync(System.Diagnostics.Process process)
    {
        try
        {
            if (File.Exists(SetSid))
            {
                await NativeProcesses.TerminateGroupAsync(process.Id, process.HasExited ? TimeSpan.Zero : KillGrace, _time).ConfigureAwait(false);
            }
            else if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static string RunAs(string? user) => user is null ? string.Empty : $" run as user {user}";
}
