using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Testing;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Microsoft.Extensions.Time.Testing;

using static Lifecycle.Core.Tests.CodeDeploy.Execution.DeploymentEngineTests;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>What the engine asks of a script executor: run one script under a token that is cancelled at the script's timeout; an executor that throws fails only that script.</summary>
public class IHookScriptExecutorTests
{
    [Fact]
    public async Task Timeout_FailsTheScript_AsTheAgentReportsIt()
    {
        var time = new FakeTimeProvider();
        var executor = new RecordingScriptExecutor().Hang("start.sh");
        var engine = new DeploymentEngine(executor, time);

        var run = engine.RunAsync(Plan(), Context);
        await executor.WhenInvoked("start.sh");
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(run.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await run;

        var start = result.Events.Single(e => e.Name.Value == "ApplicationStart");
        Assert.Equal(HookFailureCode.ScriptTimedOut, start.Failure);
        Assert.Equal("Script at specified location: start.sh failed to complete in 30 seconds", start.Scripts[0].Outcome.Message);
        Assert.Equal(TimeSpan.FromSeconds(30), start.Scripts[0].Duration);
        Assert.Equal(DeploymentStatus.Failed, result.Status);
    }

    [Fact]
    public async Task ThrowingExecutor_FailsOnlyItsScript_WithUnknownError()
    {
        var result = await new DeploymentEngine(new RecordingScriptExecutor().Throw("start.sh"), new FakeTimeProvider()).RunAsync(Plan(), Context);

        var start = result.Events.Single(e => e.Name.Value == "ApplicationStart");
        Assert.Equal(HookFailureCode.UnknownError, start.Failure);
        Assert.Contains("The executor failed on start.sh.", start.Scripts[0].Outcome.Message, StringComparison.Ordinal);
    }
}
