using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;
using static Lifecycle.Core.Tests.CodeDeploy.Execution.DeploymentEngineTests;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>An event of the plan began; one for each event that runs.</summary>
public class LifecycleEventStartedTests
{
    [Fact]
    public async Task EachEventThatRuns_StartsOnce_InThePlansOrder()
    {
        var kit = new DeploymentKit(Context);
        var events = await ProgressRecorder.Run(kit);

        Assert.Equal(Plan().Events.Select(e => e.Name), events.OfType<LifecycleEventStarted>().Select(e => e.LifecycleEvent));
    }
}
