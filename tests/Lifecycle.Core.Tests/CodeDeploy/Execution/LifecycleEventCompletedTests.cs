using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;
using static Lifecycle.Core.Tests.CodeDeploy.Execution.DeploymentEngineTests;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>An event of the plan ended, with its status; skipped events are reported too.</summary>
public class LifecycleEventCompletedTests
{
    [Fact]
    public async Task EveryEvent_Completes_AndThoseAfterAFailureAreSkipped()
    {
        var kit = new DeploymentKit(Context);
        kit.Scripts.Fail("before-1.sh");
        var events = await ProgressRecorder.Run(kit);

        var completed = events.OfType<LifecycleEventCompleted>().ToList();
        Assert.Equal(Plan().Events.Count, completed.Count);
        Assert.Equal(LifecycleEventStatus.Failed, completed.Single(e => e.LifecycleEvent == LifecycleEventName.BeforeInstall).Status);
        Assert.Equal(LifecycleEventStatus.Skipped, completed.Single(e => e.LifecycleEvent == LifecycleEventName.ApplicationStart).Status);
    }
}
