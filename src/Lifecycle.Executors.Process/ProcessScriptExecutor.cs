using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;

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
            return ScriptOutcome.Failed(HookFailureCode.ScriptMissing, null, $"No {invocation.Revision} revision to take {location} from.");
        }

        if (ScriptPath.Resolve(root, location) is not { } path)
        {
            return ScriptOutcome.Failed(HookFailureCode.UnknownError, null,
                $"Script at specified location: {location} is outside the revision; a script location must stay inside the revision folder.");
        }

        if (!File.Exists(path))
        {
            return ScriptOutcome.Failed(HookFailureCode.ScriptMissing, null, $"Script does not exist at specified location: {path}");
        }

        if (!EnsureExecutable(path))
        {
            return ScriptOutcome.Failed(HookFailureCode.ScriptNotExecutable, null, $"Unable to set script at specified location: {location} as executable");
        }

        return await RunAsync(invocation, path, root, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ScriptOutcome> RunAsync(ScriptInvocation invocation, string path, string root, CancellationToken cancellationToken)
    {
        var script = invocation.Script;
        var log = new ScriptOutput(_options.OutputTailLength, _options.ScriptLogPath, _time);
        log.Heading(invocation.LifecycleEvent.Value, script.Location);
        if (SpawnedProcess.IsSupported)
        {
            return await RunSpawnedAsync(invocation, path, root, log, cancellationToken).ConfigureAwait(false);
        }

        Started started;
        try
        {
            started = Start(invocation, path, root);
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            return ScriptOutcome.Failed(HookFailureCode.ScriptFailed, null, $"Script at specified location: {script.Location}{RunAs(script.RunAs)} failed with error {e.GetType().Name} with message {e.Message}");
        }

        using (started.Resources)
        {
            var readers = Task.WhenAll(log.PumpAsync(started.Output, "stdout"), log.PumpAsync(started.Error, "stderr"));
            var exit = started.Exit;
            try
            {
                await exit.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Timeout or stop: the whole group goes, children included (§4.6).
                await started.KillAsync().ConfigureAwait(false);
                await readers.WaitAsync(TimeSpan.FromSeconds(10), _time, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                return ScriptOutcome.Failed(HookFailureCode.UnknownError, null, $"Script at specified location: {script.Location} timed out", log.Tail);
            }

            var exitCode = await exit.ConfigureAwait(false);
            try
            {
                // The process exited; its output must close by the same deadline (§4.6, agent issue #118).
                await readers.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await started.KillAsync().ConfigureAwait(false);
                return ScriptOutcome.Failed(HookFailureCode.OutputsLeftOpen, exitCode, $"Script at specified location: {script.Location} failed to close STDOUT", log.Tail);
            }

            return exitCode == 0
                ? ScriptOutcome.Success(log.Tail)
                : ScriptOutcome.Failed(HookFailureCode.ScriptFailed, exitCode,
                    string.Create(CultureInfo.InvariantCulture, $"Script at specified location: {script.Location}{RunAs(script.RunAs)} failed with exit code {exitCode}"), log.Tail);
        }
    }

    // With posix_spawn the script leads a process group of its own from its first instruction. Its output closing is
    // what normally tells that it ended, so no thread waits on the process: it is reaped once the output closed.
    private async Task<ScriptOutcome> RunSpawnedAsync(ScriptInvocation invocation, string path, string root, ScriptOutput log, CancellationToken cancellationToken)
    {
        var script = invocation.Script;
        var command = Command(invocation, path);
        SpawnedProcess spawned;
        try
        {
            spawned = SpawnedProcess.Start(command[0], [.. command.Skip(1)], Environment(invocation), _options.WorkingDirectory ?? root);
        }
        catch (IOException e)
        {
            return ScriptOutcome.Failed(HookFailureCode.ScriptFailed, null, $"Script at specified location: {script.Location}{RunAs(script.RunAs)} failed with error {e.GetType().Name} with message {e.Message}");
        }

        using (spawned)
        {
            var readers = Task.WhenAll(log.PumpAsync(spawned.StandardOutput, "stdout"), log.PumpAsync(spawned.StandardError, "stderr"));
            int exitCode;
            try
            {
                await readers.WaitAsync(cancellationToken).ConfigureAwait(false);
                exitCode = spawned.TryGetExitCode(out var code)
                    ? code
                    : await Task.Run(spawned.WaitForExit, CancellationToken.None).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // At the deadline (or a stop): an exited script whose child holds the output open (§4.6, agent issue #118),
                // or a script still running. Either way the whole group goes.
                var exited = spawned.TryGetExitCode(out var code);
                await NativeProcesses.TerminateGroupAsync(spawned.Id, exited ? TimeSpan.Zero : KillGrace, _time, () => spawned.TryGetExitCode(out _)).ConfigureAwait(false);
                _ = spawned.WaitForExit();
                await readers.WaitAsync(TimeSpan.FromSeconds(10), _time, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                return exited
                    ? ScriptOutcome.Failed(HookFailureCode.OutputsLeftOpen, code, $"Script at specified location: {script.Location} failed to close STDOUT", log.Tail)
                    : ScriptOutcome.Failed(HookFailureCode.UnknownError, null, $"Script at specified location: {script.Location} timed out", log.Tail);
            }

            return exitCode == 0
                ? ScriptOutcome.Success(log.Tail)
                : ScriptOutcome.Failed(HookFailureCode.ScriptFailed, exitCode,
                    string.Create(CultureInfo.InvariantCulture, $"Script at specified location: {script.Location}{RunAs(script.RunAs)} failed with exit code {exitCode}"), log.Tail);
        }
    }

    // §4.4: runas becomes "su USER -c PATH"; the command is an argument list, never one shell string.
    private static List<string> Command(ScriptInvocation invocation, string path) =>
        invocation.Script.RunAs is { Length: > 0 } user ? ["su", user, "-c", path] : [path];

    /// <summary>A started script: its output, its exit, and how to kill its whole process group.</summary>
    private sealed record Started(StreamReader Output, StreamReader Error, Task<int> Exit, Func<Task> KillAsync, IDisposable Resources);

    private Started Start(ScriptInvocation invocation, string path, string root)
    {
        var command = Command(invocation, path);
        var workingDirectory = _options.WorkingDirectory ?? root;
        var environment = Environment(invocation);

        // Without posix_spawn: setsid, where there is one, gives the process group at the cost of one more exec.
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
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("The process did not start.");
        process.StandardInput.Close();
        return new Started(process.StandardOutput, process.StandardError, WaitAsync(process), () => KillAsync(process), process);

        static async Task<int> WaitAsync(System.Diagnostics.Process process)
        {
            await process.WaitForExitAsync().ConfigureAwait(false);
            return process.ExitCode;
        }
    }

    // The executor's own environment, then the deployment's variables (reference §4.5), then the options' extras.
    private Dictionary<string, string> Environment(ScriptInvocation invocation)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        var deployment = invocation.Deployment;
        environment["LIFECYCLE_EVENT"] = invocation.LifecycleEvent.Value;
        environment["DEPLOYMENT_ID"] = deployment.DeploymentId;
        environment["APPLICATION_NAME"] = deployment.ApplicationName;
        environment["DEPLOYMENT_GROUP_NAME"] = deployment.DeploymentGroupName;
        environment["DEPLOYMENT_GROUP_ID"] = deployment.DeploymentGroupId;
        foreach (var (name, value) in deployment.BundleVariables.Concat(_options.Environment))
        {
            environment[name] = value;
        }

        return environment;
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
