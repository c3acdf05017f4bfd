using Lifecycle.Core.CodeDeploy.Execution;

namespace Lifecycle.Testing.Tests;

/// <summary>An executor for tests: it records every script it is given and answers success unless told otherwise.</summary>
public class RecordingScriptExecutorTests
{
    private const string AppSpec = "version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - location: a.sh\n  ApplicationStart:\n    - location: b.sh\n  ValidateService:\n    - location: c.sh\n";

    [Fact]
    public async Task ItRecordsWhatRan_AndFailsWhereTold()
    {
        var kit = new DeploymentKit();
        kit.Scripts.Fail("b.sh", exitCode: 7);

        var result = await kit.RunAsync(AppSpec);

        Assert.Equal(["BeforeInstall:a.sh", "ApplicationStart:b.sh"], kit.Scripts.Ran);
        Assert.Equal((HookFailureCode.ScriptFailed, 7), (result.Events.Single(e => e.Name.Value == "ApplicationStart").Scripts[0].Outcome.Failure, result.Events.Single(e => e.Name.Value == "ApplicationStart").Scripts[0].Outcome.ExitCode));
    }

    [Fact]
    public async Task AnAnswer_DecidesTheOutcome_AndWhenInvokedTellsTheTestThatTheScriptStarted()
    {
        var kit = new DeploymentKit();
        kit.Scripts.Answer("a.sh", (invocation, _) => ValueTask.FromResult(ScriptOutcome.Success($"ran {invocation.Script.Location}")));
        var invoked = kit.Scripts.WhenInvoked("c.sh");

        var result = await kit.RunAsync(AppSpec);

        Assert.True(invoked.IsCompletedSuccessfully);
        Assert.Equal("ran a.sh", result.Events.Single(e => e.Name.Value == "BeforeInstall").Scripts[0].Outcome.OutputTail);
    }
}
