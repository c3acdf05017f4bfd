using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.Execution;

namespace Lifecycle.Testing.Tests;

public class DeploymentKitTests
{
    private const string AppSpec = """
        version: 0.0
        os: linux
        hooks:
          BeforeInstall:
            - location: scripts/install-deps.sh
          ApplicationStart:
            - location: scripts/start.sh
              timeout: 30
          ValidateService:
            - location: scripts/check.sh
        """;

    [Fact]
    public async Task RunAsync_RecordsEveryScriptInOrder()
    {
        var kit = new DeploymentKit();

        var result = await kit.RunAsync(AppSpec);

        Assert.Equal(DeploymentStatus.Succeeded, result.Status);
        Assert.Equal(["BeforeInstall:scripts/install-deps.sh", "ApplicationStart:scripts/start.sh", "ValidateService:scripts/check.sh"], kit.Scripts.Ran);
        Assert.All(kit.Scripts.Invocations, i => Assert.Equal("d-TEST00001", i.Deployment.DeploymentId));
    }

    [Fact]
    public async Task AFailingScript_StopsTheDeploymentThere()
    {
        var kit = new DeploymentKit();
        kit.Scripts.Fail("scripts/start.sh", exitCode: 7);

        var result = await kit.RunAsync(AppSpec);

        Assert.Equal(DeploymentStatus.Failed, result.Status);
        Assert.Equal(7, result.Events.Single(e => e.Name.Value == "ApplicationStart").Scripts[0].Outcome.ExitCode);
        Assert.DoesNotContain("ValidateService:scripts/check.sh", kit.Scripts.Ran);
    }

    [Fact]
    public async Task AHangingScript_TimesOut_WhenTheFakeClockPassesItsTimeout()
    {
        var kit = new DeploymentKit();
        kit.Scripts.Hang("scripts/start.sh");

        var run = kit.RunAsync(AppSpec);
        await kit.Scripts.WhenInvoked("scripts/start.sh");
        kit.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(run.IsCompleted);
        kit.Time.Advance(TimeSpan.FromSeconds(1));
        var result = await run;

        Assert.Equal(HookFailureCode.ScriptTimedOut, result.Events.Single(e => e.Name.Value == "ApplicationStart").Failure);
    }

    [Fact]
    public async Task AThrowingExecutor_AndAnInvalidAppSpec_AreReported()
    {
        var kit = new DeploymentKit();
        kit.Scripts.Throw("scripts/check.sh");

        var result = await kit.RunAsync(AppSpec);
        var invalid = await Assert.ThrowsAsync<LifecycleAssertionException>(() => kit.RunAsync("version: 1.0\nos: linux\n"));

        Assert.Equal(DeploymentStatus.Failed, result.Status);
        Assert.Contains("APP", invalid.Message, StringComparison.Ordinal);
    }
}
