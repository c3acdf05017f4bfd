using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>What a deployment did: its status, every event of the plan in order, and when it ran.</summary>
public class DeploymentResultTests
{
    [Fact]
    public async Task AFailedScript_FailsTheDeployment_AndTheEventsAfterItAreSkipped()
    {
        var kit = new DeploymentKit();
        kit.Scripts.Fail("b.sh");

        var result = await kit.RunAsync(AppSpec);

        Assert.Equal((DeploymentStatus.Failed, "d-TEST00001"), (result.Status, result.DeploymentId));
        Assert.Equal(LifecycleEventStatus.Failed, result.Events.Single(e => e.Name == LifecycleEventName.ApplicationStart).Status);
        Assert.Equal(LifecycleEventStatus.Skipped, result.Events.Single(e => e.Name == LifecycleEventName.ValidateService).Status);
        Assert.True(result.Ended >= result.Started);
        Assert.Null(result.Rollback);
    }

    private const string AppSpec = "version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - location: a.sh\n  ApplicationStart:\n    - location: b.sh\n      timeout: 30\n  ValidateService:\n    - location: c.sh\n";
}
