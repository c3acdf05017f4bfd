using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>One script to run, as the executor receives it: the script, its event, its revision and the deployment.</summary>
public class ScriptInvocationTests
{
    [Fact]
    public async Task TheExecutor_IsGivenEachScript_WithItsEventAndTheDeployment()
    {
        var kit = new DeploymentKit(new DeploymentContext { DeploymentId = "d-ABC", ApplicationName = "shop" });

        await kit.RunAsync(AppSpec);

        var start = kit.Scripts.Invocations.Single(i => i.Script.Location == "b.sh");
        Assert.Equal((LifecycleEventName.ApplicationStart, 30L, "d-ABC", "shop"), (start.LifecycleEvent, start.Script.Timeout.Seconds, start.Deployment.DeploymentId, start.Deployment.ApplicationName));
        Assert.Equal(RevisionSource.Current, start.Revision);
    }

    private const string AppSpec = "version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - location: a.sh\n  ApplicationStart:\n    - location: b.sh\n      timeout: 30\n  ValidateService:\n    - location: c.sh\n";
}
