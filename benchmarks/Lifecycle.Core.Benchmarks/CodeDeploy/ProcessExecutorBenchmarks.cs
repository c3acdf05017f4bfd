using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Executors.Process;

namespace Lifecycle.Core.Benchmarks.CodeDeploy;

/// <summary>
/// One hook script through ProcessScriptExecutor next to a bare Process.Start of the same script with its output
/// read (target: at most 10% slower).
/// </summary>
[MemoryDiagnoser]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ProcessExecutorBenchmarks
{
    private static readonly DeploymentContext Context = new() { DeploymentId = "d-BENCH0001" };
    private string _root = string.Empty;
    private string _script = string.Empty;
    private ProcessScriptExecutor _executor = null!;
    private ScriptInvocation _invocation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "lifecycle-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(_root);
        _script = Path.Combine(_root, "hook.sh");
        File.WriteAllText(_script, "#!/bin/sh\necho hook\n");
        File.SetUnixFileMode(_script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _executor = new ProcessScriptExecutor(new ProcessScriptExecutorOptions { RevisionRoot = _root });
        _invocation = new ScriptInvocation { Script = new HookScript { Location = "hook.sh", Timeout = ScriptTimeout.FromSeconds(300) }, LifecycleEvent = LifecycleEventName.ApplicationStart, Revision = RevisionSource.Current, Deployment = Context };
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true, Description = "Process.Start (bare)")]
    public async Task<int> Bare()
    {
        using var process = Process.Start(new ProcessStartInfo(_script) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        await Task.WhenAll(output, error).ConfigureAwait(false);
        return process.ExitCode;
    }

    [Benchmark(Description = "ProcessScriptExecutor")]
    public async Task<bool> Executor() => (await _executor.ExecuteAsync(_invocation, CancellationToken.None).ConfigureAwait(false)).Succeeded;
}
