using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;
using static Lifecycle.Core.Tests.CodeDeploy.Execution.DeploymentEngineTests;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>The first event of a deployment's progress.</summary>
public class DeploymentStartedTests
{
    [Fact]
    public async Task ItComesFirst_WithTheDeploymentsId()
    {
        var kit = new DeploymentKit(Context);
        var events = await ProgressRecorder.Run(kit);

        var started = Assert.IsType<DeploymentStarted>(events[0]);
        Assert.Equal(("d-TEST00001", kit.Time.GetUtcNow()), (started.DeploymentId, started.Time));
        Assert.Single(events.OfType<DeploymentStarted>());
    }
}
