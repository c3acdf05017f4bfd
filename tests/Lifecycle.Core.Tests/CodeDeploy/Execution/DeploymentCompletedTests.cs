using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;
using static Lifecycle.Core.Tests.CodeDeploy.Execution.DeploymentEngineTests;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>The last event of a deployment's progress, with how it ended.</summary>
public class DeploymentCompletedTests
{
    [Fact]
    public async Task ItComesLast_WithTheStatus()
    {
        var kit = new DeploymentKit(Context);
        kit.Scripts.Fail("start.sh");
        var events = await ProgressRecorder.Run(kit);

        Assert.Equal(DeploymentStatus.Failed, Assert.IsType<DeploymentCompleted>(events[^1]).Status);
        Assert.Single(events.OfType<DeploymentCompleted>());
    }
}
