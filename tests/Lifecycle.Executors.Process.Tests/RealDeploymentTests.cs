using System.Globalization;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Executors.Process.Tests;

/// <summary>The engine and the process executor together, on real revision folders with bash scripts.</summary>
public class RealDeploymentTests
{
    private static readonly string[] Events = ["ApplicationStop", "BeforeInstall", "AfterInstall", "ApplicationStart", "ValidateService"];

    /// <summary>A revision whose every event's script appends "EVENT DEPLOYMENT_ID name" to a shared journal.</summary>
    private static Revision Make(string name, string journal, string? failing = null, int timeout = 60)
    {
        var revision = new Revision();
        var appspec = "version: 0.0\nos: linux\nhooks:\n";
        foreach (var e in Events)
        {
            revision.Script($"scripts/{e}.sh", $"echo \"$LIFECYCLE_EVENT $DEPLOYMENT_ID {name}\" >> {journal}" + (e == failing ? "\nexit 1" : string.Empty));
            appspec += $"  {e}:\n    - location: scripts/{e}.sh\n      timeout: {timeout}\n";
        }

        File.WriteAllText(revision.PathOf("appspec.yml"), appspec);
        return revision;
    }

    private static ServerAppSpec Spec(Revision revision) => AppSpecReader.Read(File.ReadAllText(revision.PathOf("appspec.yml"))).Server!;

    private static DeploymentPlan Plan(Revision current, Revision? lastGood, bool rollback = false) =>
        DeploymentPlanner.Plan(AppSpecReader.Read(File.ReadAllText(current.PathOf("appspec.yml"))), new DeploymentScenario { Rollback = rollback }, lastGood is null ? null : Spec(lastGood)).Value;

    private static string[] Journal(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];

    [Fact]
    public async Task FullInPlaceDeployment_RunsEveryEventInOrder_FromTheRightRevision()
    {
        var journal = Path.GetTempFileName();
        using var previous = Make("previous", journal);
        using var current = Make("current", journal);
        var executor = new ProcessScriptExecutor(new ProcessScriptExecutorOptions { RevisionRoot = current.Root, LastSuccessfulRevisionRoot = previous.Root });

        var result = await new DeploymentEngine(executor, TimeProvider.System).RunAsync(Plan(current, previous), new DeploymentContext { DeploymentId = "d-ONE" });

        Assert.Equal(DeploymentStatus.Succeeded, result.Status);
        Assert.Equal(
            ["ApplicationStop d-ONE previous", "BeforeInstall d-ONE current", "AfterInstall d-ONE current", "ApplicationStart d-ONE current", "ValidateService d-ONE current"],
            Journal(journal));
    }

    [Fact]
    public async Task FailingValidateService_StopsTheDeployment_AndRollsBackToTheLastGoodRevision()
    {
        var journal = Path.GetTempFileName();
        using var good = Make("good", journal);
        using var bad = Make("bad", journal, failing: "ValidateService");
        var executor = new ProcessScriptExecutor(new ProcessScriptExecutorOptions { RevisionRoot = bad.Root, LastSuccessfulRevisionRoot = good.Root });

        // The rollback deploys the good revision; its ApplicationStop comes from the bad one, whose Install succeeded (§4.2).
        var rollbackExecutor = new ProcessScriptExecutor(new ProcessScriptExecutorOptions { RevisionRoot = good.Root, LastSuccessfulRevisionRoot = bad.Root });
        var rollback = Plan(good, lastGood: bad, rollback: true);

        var result = await new DeploymentEngine(executor, TimeProvider.System).RunAsync(
            Plan(bad, good), new DeploymentContext { DeploymentId = "d-BAD" }, new DeploymentRunOptions { RollbackPlan = rollback, RollbackExecutor = rollbackExecutor });

        Assert.Equal(DeploymentStatus.Failed, result.Status);
        Assert.Equal(HookFailureCode.ScriptFailed, result.Events.Single(e => e.Name.Value == "ValidateService").Failure);
        Assert.Equal(DeploymentStatus.Succeeded, result.Rollback!.Status);
        Assert.Equal(
            ["ApplicationStop d-BAD good", "BeforeInstall d-BAD bad", "AfterInstall d-BAD bad", "ApplicationStart d-BAD bad", "ValidateService d-BAD bad",
             "ApplicationStop d-BAD-rollback bad", "BeforeInstall d-BAD-rollback good", "AfterInstall d-BAD-rollback good", "ApplicationStart d-BAD-rollback good", "ValidateService d-BAD-rollback good"],
            Journal(journal));
    }

    [Fact]
    public async Task Timeout_KillsTheScriptAndItsBackgroundChild()
    {
        using var revision = new Revision();
        var pids = revision.PathOf("pids.txt");
        revision.Script("scripts/start.sh", $"sleep 300 & echo $! > {pids}; echo $$ >> {pids}; sleep 300");
        File.WriteAllText(revision.PathOf("appspec.yml"), "version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: scripts/start.sh\n      timeout: 1\n");
        var executor = new ProcessScriptExecutor(new ProcessScriptExecutorOptions { RevisionRoot = revision.Root });

        var result = await new DeploymentEngine(executor, TimeProvider.System).RunAsync(Plan(revision, null), new DeploymentContext { DeploymentId = "d-SLOW" });

        var start = result.Events.Single(e => e.Name.Value == "ApplicationStart");
        Assert.Equal(HookFailureCode.ScriptTimedOut, start.Failure);
        Assert.Equal("Script at specified location: scripts/start.sh failed to complete in 1 seconds", start.Scripts[0].Outcome.Message);
        foreach (var pid in File.ReadAllLines(pids).Select(l => int.Parse(l, CultureInfo.InvariantCulture)))
        {
            Assert.False(Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal), $"process {pid} survived");
        }
    }

    [Fact]
    public async Task IgnoreApplicationStopFailures_GoesOnPastAFailingStopFromTheLastRevision()
    {
        var journal = Path.GetTempFileName();
        using var previous = Make("previous", journal, failing: "ApplicationStop");
        using var current = Make("current", journal);
        var executor = new ProcessScriptExecutor(new ProcessScriptExecutorOptions { RevisionRoot = current.Root, LastSuccessfulRevisionRoot = previous.Root });
        var engine = new DeploymentEngine(executor, TimeProvider.System);

        var stopped = await engine.RunAsync(Plan(current, previous), new DeploymentContext { DeploymentId = "d-A" });
        var ignored = await engine.RunAsync(Plan(current, previous), new DeploymentContext { DeploymentId = "d-B" }, new DeploymentRunOptions { IgnoreApplicationStopFailures = true });

        Assert.Equal(DeploymentStatus.Failed, stopped.Status);
        Assert.Equal(DeploymentStatus.Succeeded, ignored.Status);
        Assert.Contains("ValidateService d-B current", Journal(journal));
        Assert.DoesNotContain("ValidateService d-A current", Journal(journal));
    }

    [Fact]
    public async Task Cancellation_MidScript_StopsTheDeploymentCleanly()
    {
        using var revision = new Revision();
        var marker = revision.PathOf("started.txt");
        revision.Script("scripts/start.sh", $"touch {marker}; sleep 300");
        File.WriteAllText(revision.PathOf("appspec.yml"), "version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: scripts/start.sh\n  ValidateService:\n    - location: scripts/start.sh\n");
        var executor = new ProcessScriptExecutor(new ProcessScriptExecutorOptions { RevisionRoot = revision.Root });
        using var cancel = new CancellationTokenSource();

        var run = new DeploymentEngine(executor, TimeProvider.System).RunAsync(Plan(revision, null), new DeploymentContext { DeploymentId = "d-STOP" }, cancellationToken: cancel.Token);
        while (!File.Exists(marker))
        {
            await Task.Delay(20);
        }

        await cancel.CancelAsync();
        var result = await run;

        Assert.Equal(DeploymentStatus.Stopped, result.Status);
        Assert.Equal(LifecycleEventStatus.Skipped, result.Events.Single(e => e.Name.Value == "ValidateService").Status);
    }
}
