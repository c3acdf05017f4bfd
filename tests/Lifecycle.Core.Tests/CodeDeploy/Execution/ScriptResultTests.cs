using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>One script of an event: the script, how it ended, and how long it ran on the engine's clock.</summary>
public class ScriptResultTests
{
    [Fact]
    public async Task AScriptsResult_HoldsItsOutcome()
    {
        var kit = new DeploymentKit();
        kit.Scripts.Fail("c.sh", exitCode: 4);

        var result = await kit.RunAsync(AppSpec);

        var script = Assert.Single(result.Events.Single(e => e.Name == LifecycleEventName.ValidateService).Scripts);
        Assert.Equal(("c.sh", HookFailureCode.ScriptFailed, 4), (script.Script.Location, script.Outcome.Failure, script.Outcome.ExitCode));
        Assert.Equal(TimeSpan.Zero, script.Duration); // the kit's clock does not move unless the test moves it
    }

    private const string AppSpec = "version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - location: a.sh\n  ApplicationStart:\n    - location: b.sh\n      timeout: 30\n  ValidateService:\n    - location: c.sh\n";
}
