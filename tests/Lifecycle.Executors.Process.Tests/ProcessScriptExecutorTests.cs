using System.Globalization;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Executors.Process.Tests;

/// <summary>Real bash scripts in temporary revision folders (reference §4.3-§4.7).</summary>
public class ProcessScriptExecutorTests
{
    private static readonly DeploymentContext Context = new()
    {
        DeploymentId = "d-PROCESS01",
        ApplicationName = "web",
        DeploymentGroupName = "prod",
        DeploymentGroupId = "dg-123",
        BundleVariables = new Dictionary<string, string> { ["BUNDLE_COMMIT"] = "abc123" },
    };

    private static ScriptInvocation Invocation(string location, long timeout = 60, string? runas = null, string lifecycleEvent = "ApplicationStart") =>
        new() { Script = new HookScript { Location = location, Timeout = ScriptTimeout.FromSeconds(timeout), RunAs = runas }, LifecycleEvent = LifecycleEventName.Parse(lifecycleEvent), Revision = RevisionSource.Current, Deployment = Context };

    private static ProcessScriptExecutor Executor(Revision revision) => new(new ProcessScriptExecutorOptions { RevisionRoot = revision.Root });

    [Fact]
    public async Task Script_SeesTheAgentsEnvironment_AndRunsInTheRevision()
    {
        using var revision = new Revision();
        revision.Script("scripts/env.sh", "env > \"$(pwd)/env.txt\"; echo ran");

        var outcome = await Executor(revision).ExecuteAsync(Invocation("scripts/env.sh", lifecycleEvent: "AfterInstall"), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Contains("[stdout]ran", outcome.OutputTail, StringComparison.Ordinal);
        var env = File.ReadAllLines(revision.PathOf("env.txt")).Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("AfterInstall", env["LIFECYCLE_EVENT"]);
        Assert.Equal("d-PROCESS01", env["DEPLOYMENT_ID"]);
        Assert.Equal("web", env["APPLICATION_NAME"]);
        Assert.Equal("prod", env["DEPLOYMENT_GROUP_NAME"]);
        Assert.Equal("dg-123", env["DEPLOYMENT_GROUP_ID"]);
        Assert.Equal("abc123", env["BUNDLE_COMMIT"]);
    }

    [Fact]
    public async Task NonZeroExit_IsScriptFailed_WithTheAgentsMessage()
    {
        using var revision = new Revision();
        revision.Script("fail.sh", "echo oops >&2; exit 7");

        var outcome = await Executor(revision).ExecuteAsync(Invocation("fail.sh"), CancellationToken.None);

        Assert.Equal(HookFailureCode.ScriptFailed, outcome.Failure);
        Assert.Equal(7, outcome.ExitCode);
        Assert.Equal("Script at specified location: fail.sh failed with exit code 7", outcome.Message);
        Assert.Contains("[stderr]oops", outcome.OutputTail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingScript_IsScriptMissing()
    {
        using var revision = new Revision();

        var outcome = await Executor(revision).ExecuteAsync(Invocation("scripts/none.sh"), CancellationToken.None);

        Assert.Equal(HookFailureCode.ScriptMissing, outcome.Failure);
        Assert.StartsWith("Script does not exist at specified location: ", outcome.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside.sh")]
    [InlineData("scripts/../../outside.sh")]
    public async Task LocationLeavingTheRevision_IsRefused(string location)
    {
        using var revision = new Revision();
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(revision.Root)!, "outside.sh"), "#!/bin/bash\ntouch /tmp/should-not-run\n");

        var outcome = await Executor(revision).ExecuteAsync(Invocation(location), CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Contains("outside the revision", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptPath_KeepsLeadingSlashesInsideTheRevision() =>
        Assert.Equal(Path.Combine("/srv/rev", "scripts", "start.sh"), ScriptPath.Resolve("/srv/rev", "/scripts/start.sh"));

    [Fact]
    public async Task Shebang_IsHonoured()
    {
        using var revision = new Revision();
        // An interpreter named by the shebang through env, as scripts of any language name theirs.
        File.WriteAllText(revision.PathOf("hello"), "#!/usr/bin/env sh\necho \"from $0\"\n");

        var outcome = await Executor(revision).ExecuteAsync(Invocation("hello"), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Contains($"from {revision.PathOf("hello")}", outcome.OutputTail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAs_GoesThroughSu()
    {
        using var revision = new Revision();
        revision.Script("whoami.sh", "id -un");

        var outcome = await Executor(revision).ExecuteAsync(Invocation("whoami.sh", runas: "root"), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Contains("[stdout]root", outcome.OutputTail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_KillsTheScriptAndItsBackgroundChild_LeavingNoProcess()
    {
        using var revision = new Revision();
        var pids = revision.PathOf("pids.txt");
        revision.Script("hang.sh", $"sleep 300 & echo $! > {pids}; echo $$ >> {pids}; sleep 300");
        using var cancel = new CancellationTokenSource();

        var run = Executor(revision).ExecuteAsync(Invocation("hang.sh"), cancel.Token).AsTask();
        while (!File.Exists(pids) || File.ReadAllLines(pids).Length < 2)
        {
            await Task.Delay(20);
        }

        await cancel.CancelAsync();
        var outcome = await run;

        Assert.Equal(HookFailureCode.UnknownError, outcome.Failure);
        foreach (var pid in File.ReadAllLines(pids).Select(l => int.Parse(l, CultureInfo.InvariantCulture)))
        {
            Assert.False(Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal), $"process {pid} survived");
        }
    }

    [Fact]
    public async Task OutputLeftOpenByABackgroundChild_IsOutputsLeftOpen()
    {
        using var revision = new Revision();
        var pid = revision.PathOf("child.txt");
        revision.Script("leaves-open.sh", $"sleep 300 & echo $! > {pid}; exit 0");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        var outcome = await Executor(revision).ExecuteAsync(Invocation("leaves-open.sh"), deadline.Token);

        Assert.Equal(HookFailureCode.OutputsLeftOpen, outcome.Failure);
        Assert.Equal("Script at specified location: leaves-open.sh failed to close STDOUT", outcome.Message);
        var child = int.Parse(File.ReadAllText(pid).Trim(), CultureInfo.InvariantCulture);
        Assert.False(Directory.Exists($"/proc/{child}") && !File.ReadAllText($"/proc/{child}/stat").Contains(") Z ", StringComparison.Ordinal), "the child survived");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task RunBit_IsSetWhereMissing()
    {
        using var revision = new Revision();
        var path = revision.Script("plain.sh", "exit 0");

        var outcome = await Executor(revision).ExecuteAsync(Invocation("plain.sh"), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.NotEqual(UnixFileMode.None, File.GetUnixFileMode(path) & UnixFileMode.UserExecute);
    }
}
