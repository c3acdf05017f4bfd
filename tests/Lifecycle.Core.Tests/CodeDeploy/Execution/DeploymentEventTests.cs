using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>The progress of a running deployment: one event per step, in order, each with the deployment and the time.</summary>
public class DeploymentEventTests
{
    [Fact]
    public async Task ADeployment_ReportsItsSteps_InOrder()
    {
        var kit = new DeploymentKit();
        var appSpec = AppSpecReader.Read(AppSpec);
        var plan = DeploymentPlanner.Plan(appSpec, new DeploymentScenario(), appSpec.Server).Value;
        var recorder = new ProgressRecorder();

        await kit.Engine.RunAsync(plan, kit.Context, progress: recorder);
        var events = recorder.Events;

        Assert.IsType<DeploymentStarted>(events[0]);
        Assert.Equal(DeploymentStatus.Succeeded, Assert.IsType<DeploymentCompleted>(events[^1]).Status);
        Assert.All(events, e => Assert.Equal("d-TEST00001", e.DeploymentId));
        Assert.Equal(plan.Events.Count, events.OfType<LifecycleEventStarted>().Count());
        Assert.Equal(events.OfType<LifecycleEventStarted>().Select(e => e.LifecycleEvent), events.OfType<LifecycleEventCompleted>().Select(e => e.LifecycleEvent));
        Assert.Equal(["a.sh", "b.sh", "c.sh"], events.OfType<ScriptCompleted>().Select(e => e.Script.Script.Location));
    }

    private const string AppSpec = "version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - location: a.sh\n  ApplicationStart:\n    - location: b.sh\n      timeout: 30\n  ValidateService:\n    - location: c.sh\n";
}
