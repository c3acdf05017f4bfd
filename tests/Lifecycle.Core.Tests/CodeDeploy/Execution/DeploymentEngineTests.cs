using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Testing;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Microsoft.Extensions.Time.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

public class DeploymentEngineTests
{
    internal const string AppSpec = """
        version: 0.0
        os: linux
        hooks:
          ApplicationStop:
            - location: stop.sh
          BeforeInstall:
            - location: before-1.sh
            - location: before-2.sh
          ApplicationStart:
            - location: start.sh
              timeout: 30
          ValidateService:
            - location: validate-1.sh
            - location: validate-2.sh
        """;

    internal static readonly DeploymentContext Context = new() { DeploymentId = "d-TEST00001", ApplicationName = "web", DeploymentGroupName = "prod", DeploymentGroupId = "g-1" };

    internal static DeploymentPlan Plan(string yaml = AppSpec, DeploymentScenario? scenario = null, bool previous = true)
    {
        var document = AppSpecReader.Read(yaml);
        return DeploymentPlanner.Plan(document, scenario ?? new DeploymentScenario(), previous ? document.Server : null).Value;
    }

    internal static string[] Ran(RecordingScriptExecutor executor) => [.. executor.Invocations.Select(c => $"{c.LifecycleEvent}:{c.Script.Location}")];

    [Fact]
    public async Task Run_CallsEveryScriptInOrder_AndSucceeds()
    {
        var executor = new RecordingScriptExecutor();
        var engine = new DeploymentEngine(executor, new FakeTimeProvider());

        var result = await engine.RunAsync(Plan(), Context);

        Assert.Equal(DeploymentStatus.Succeeded, result.Status);
        Assert.Equal(
            ["ApplicationStop:stop.sh", "BeforeInstall:before-1.sh", "BeforeInstall:before-2.sh", "ApplicationStart:start.sh", "ValidateService:validate-1.sh", "ValidateService:validate-2.sh"],
            Ran(executor));
        Assert.All(result.Events, e => Assert.Equal(LifecycleEventStatus.Succeeded, e.Status));
        Assert.Equal(["Start", "ApplicationStop", "DownloadBundle", "BeforeInstall", "Install", "AfterInstall", "ApplicationStart", "ValidateService", "End"], result.Events.Select(e => e.Name.Value));
        Assert.Equal(RevisionSource.LastSuccessful, executor.Invocations[0].Revision);
        Assert.Equal("d-TEST00001", executor.Invocations[0].Deployment.DeploymentId);
    }

    [Fact]
    public async Task FirstFailure_StopsTheEventAndTheDeployment()
    {
        var executor = new RecordingScriptExecutor().Fail("before-1.sh", exitCode: 3);
        var engine = new DeploymentEngine(executor, new FakeTimeProvider());

        var result = await engine.RunAsync(Plan(), Context);

        Assert.Equal(DeploymentStatus.Failed, result.Status);
        Assert.Equal(["ApplicationStop:stop.sh", "BeforeInstall:before-1.sh"], Ran(executor));
        var before = result.Events.Single(e => e.Name.Value == "BeforeInstall");
        Assert.Equal(LifecycleEventStatus.Failed, before.Status);
        Assert.Equal(HookFailureCode.ScriptFailed, before.Failure);
        Assert.Equal(3, Assert.Single(before.Scripts).Outcome.ExitCode);
        Assert.All(result.Events.SkipWhile(e => e.Name.Value != "BeforeInstall").Skip(1), e => Assert.Equal(LifecycleEventStatus.Skipped, e.Status));
    }

    [Fact]
    public async Task Cancellation_StopsCleanly()
    {
        var executor = new RecordingScriptExecutor().Hang("before-2.sh");
        var engine = new DeploymentEngine(executor, new FakeTimeProvider());
        using var cancel = new CancellationTokenSource();

        var run = engine.RunAsync(Plan(), Context, cancellationToken: cancel.Token);
        await executor.WhenInvoked("before-2.sh");
        await cancel.CancelAsync();
        var result = await run;

        Assert.Equal(DeploymentStatus.Stopped, result.Status);
        var before = result.Events.Single(e => e.Name.Value == "BeforeInstall");
        Assert.Equal(HookFailureCode.UnknownError, before.Failure);
        Assert.Equal(["ApplicationStop:stop.sh", "BeforeInstall:before-1.sh", "BeforeInstall:before-2.sh"], Ran(executor));
        Assert.All(result.Events.SkipWhile(e => e.Name.Value != "BeforeInstall").Skip(1), e => Assert.Equal(LifecycleEventStatus.Skipped, e.Status));
    }

    [Fact]
    public async Task FirstDeployment_RunsNoApplicationStop()
    {
        var executor = new RecordingScriptExecutor();

        await new DeploymentEngine(executor, new FakeTimeProvider()).RunAsync(Plan(previous: false), Context);

        Assert.DoesNotContain(executor.Invocations, c => c.LifecycleEvent.Value == "ApplicationStop");
    }

    [Fact]
    public async Task Progress_ReportsEachStepInOrder()
    {
        var progress = new ProgressRecorder();
        await new DeploymentEngine(new RecordingScriptExecutor(), new FakeTimeProvider()).RunAsync(Plan("version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: a.sh\n"), Context, progress: progress);

        var start = progress.Events.FindIndex(p => p is LifecycleEventStarted { LifecycleEvent: var e } && e == LifecycleEventName.ApplicationStart);
        Assert.IsType<DeploymentStarted>(progress.Events[0]);
        Assert.Equal("a.sh", Assert.IsType<ScriptCompleted>(progress.Events[start + 1]).Script.Script.Location);
        var completed = Assert.IsType<LifecycleEventCompleted>(progress.Events[start + 2]);
        Assert.Equal((LifecycleEventName.ApplicationStart, LifecycleEventStatus.Succeeded), (completed.LifecycleEvent, completed.Status));
        Assert.Equal(DeploymentStatus.Succeeded, Assert.IsType<DeploymentCompleted>(progress.Events[^1]).Status);
        Assert.All(progress.Events, p => Assert.Equal("d-TEST00001", p.DeploymentId));
        Assert.Equal(progress.Events.Select(p => p.Time).Order(), progress.Events.Select(p => p.Time));
    }

    [Property(Arbitrary = [typeof(EngineArbitraries)])]
    public bool Property_TheEngineCallsExactlyThePlansScriptsInOrder_AndStopsAtTheFirstFailure(EngineCase c)
    {
        var yaml = "version: 0.0\nos: linux\nhooks:\n" + string.Concat(EngineArbitraries.Events.Select((e, i) =>
            c.Counts[i] == 0 ? string.Empty : $"  {e}:\n" + string.Concat(Enumerable.Range(0, c.Counts[i]).Select(n => $"    - location: {e}-{n}.sh\n"))));
        var plan = Plan(yaml);
        var expected = plan.Events.SelectMany(e => e.Scripts.Select(s => $"{e.Name}:{s.Location}")).ToList();
        var executor = new RecordingScriptExecutor();
        var failing = c.FailAt >= 0 && c.FailAt < expected.Count;
        if (failing)
        {
            executor.Fail(expected[c.FailAt].Split(':')[1]);
        }

        var result = new DeploymentEngine(executor, new FakeTimeProvider()).RunAsync(plan, Context).GetAwaiter().GetResult();
        var expectedCalls = failing ? expected.Take(c.FailAt + 1) : expected;
        return Ran(executor).SequenceEqual(expectedCalls)
            && result.Status == (failing ? DeploymentStatus.Failed : DeploymentStatus.Succeeded);
    }

    /// <summary>How many scripts each of five events has, and which script fails (-1 or past the end: none).</summary>
    public sealed record EngineCase(int[] Counts, int FailAt);

    public static class EngineArbitraries
    {
        public static readonly string[] Events = ["ApplicationStop", "BeforeInstall", "AfterInstall", "ApplicationStart", "ValidateService"];

        public static Arbitrary<EngineCase> Cases() => Arb.From(
            from counts in Gen.ArrayOf(Gen.Choose(0, 3), Events.Length)
            from failAt in Gen.Choose(-1, counts.Sum())
            select new EngineCase(counts, failAt));
    }
}
