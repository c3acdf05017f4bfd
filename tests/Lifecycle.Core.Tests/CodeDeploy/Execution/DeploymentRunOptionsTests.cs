using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Testing;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Microsoft.Extensions.Time.Testing;

using static Lifecycle.Core.Tests.CodeDeploy.Execution.DeploymentEngineTests;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>How a deployment runs: whether ApplicationStop failures are ignored, and the automatic rollback.</summary>
public class DeploymentRunOptionsTests
{
    [Fact]
    public async Task IgnoreApplicationStopFailures_LetsTheDeploymentGoOn()
    {
        var executor = new RecordingScriptExecutor().Fail("stop.sh");
        var engine = new DeploymentEngine(executor, new FakeTimeProvider());

        var ignored = await engine.RunAsync(Plan(), Context, new DeploymentRunOptions { IgnoreApplicationStopFailures = true });
        var notIgnored = await new DeploymentEngine(new RecordingScriptExecutor().Fail("stop.sh"), new FakeTimeProvider()).RunAsync(Plan(), Context);

        Assert.Equal(DeploymentStatus.Succeeded, ignored.Status);
        var stop = ignored.Events.Single(e => e.Name.Value == "ApplicationStop");
        Assert.Equal(LifecycleEventStatus.Failed, stop.Status);
        Assert.True(stop.FailureIgnored);
        Assert.Contains("ValidateService:validate-2.sh", Ran(executor));
        Assert.Equal(DeploymentStatus.Failed, notIgnored.Status);
    }

    [Fact]
    public async Task IgnoreApplicationStopFailures_DoesNotCoverOtherEvents()
    {
        var engine = new DeploymentEngine(new RecordingScriptExecutor().Fail("start.sh"), new FakeTimeProvider());

        var result = await engine.RunAsync(Plan(), Context, new DeploymentRunOptions { IgnoreApplicationStopFailures = true });

        Assert.Equal(DeploymentStatus.Failed, result.Status);
    }

    [Fact]
    public async Task AutomaticRollback_RunsTheLastGoodRevisionAsANewDeployment()
    {
        const string lastGood = "version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: good-start.sh\n";
        var executor = new RecordingScriptExecutor().Fail("validate-1.sh");
        var engine = new DeploymentEngine(executor, new FakeTimeProvider());
        var rollbackPlan = DeploymentPlanner.Plan(AppSpecReader.Read(lastGood), new DeploymentScenario { Rollback = true }, AppSpecReader.Read(DeploymentEngineTests.AppSpec).Server).Value;

        var result = await engine.RunAsync(Plan(), Context, new DeploymentRunOptions { RollbackPlan = rollbackPlan });

        Assert.Equal(DeploymentStatus.Failed, result.Status);
        Assert.NotNull(result.Rollback);
        Assert.Equal("d-TEST00001-rollback", result.Rollback.DeploymentId);
        Assert.Equal(DeploymentStatus.Succeeded, result.Rollback.Status);
        Assert.Equal(["ApplicationStop:stop.sh", "ApplicationStart:good-start.sh"], Ran(executor).Skip(5));
        Assert.Equal("d-TEST00001-rollback", executor.Invocations[^1].Deployment.DeploymentId);
    }

    [Fact]
    public async Task NoRollback_WhenTheDeploymentSucceeds_OrWasStopped()
    {
        var rollbackPlan = Plan();
        var engine = new DeploymentEngine(new RecordingScriptExecutor(), new FakeTimeProvider());

        var result = await engine.RunAsync(Plan(), Context, new DeploymentRunOptions { RollbackPlan = rollbackPlan });

        Assert.Null(result.Rollback);
    }
}
