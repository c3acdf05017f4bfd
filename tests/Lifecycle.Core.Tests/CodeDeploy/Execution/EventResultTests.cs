using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>One event of a deployment: its status, its scripts' results, its failure code, and when it ran.</summary>
public class EventResultTests
{
    [Fact]
    public async Task AnEventWithScripts_HasTheirResults_AndANoopOneHasNone()
    {
        var kit = new DeploymentKit();

        var result = await kit.RunAsync(AppSpec);

        var before = result.Events.Single(e => e.Name == LifecycleEventName.BeforeInstall);
        Assert.Equal((LifecycleEventStatus.Succeeded, HookFailureCode.None, false), (before.Status, before.Failure, before.FailureIgnored));
        Assert.Equal("a.sh", Assert.Single(before.Scripts).Script.Location);
        Assert.NotNull(before.Started);
        Assert.Empty(result.Events.Single(e => e.Name == LifecycleEventName.AfterInstall).Scripts);
    }

    private const string AppSpec = "version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - location: a.sh\n  ApplicationStart:\n    - location: b.sh\n      timeout: 30\n  ValidateService:\n    - location: c.sh\n";
}
