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

/// <summary>The runner of the events reserved for CodeDeploy (Start, DownloadBundle, Install, ...): the engine hands it each in order, and its failure fails the deployment.</summary>
public class IReservedEventRunnerTests
{
    [Fact]
    public async Task ReservedEvents_RunThroughTheReservedRunner()
    {
        var runner = new FailingInstall();
        var result = await new DeploymentEngine(new RecordingScriptExecutor(), new FakeTimeProvider(), reserved: runner).RunAsync(Plan(), Context);

        Assert.Equal(["Start", "DownloadBundle", "Install"], runner.Ran);
        Assert.Equal(LifecycleEventStatus.Failed, result.Events.Single(e => e.Name.Value == "Install").Status);
        Assert.Equal(DeploymentStatus.Failed, result.Status);
    }

    private sealed class FailingInstall : IReservedEventRunner
    {
        public List<string> Ran { get; } = [];

        public ValueTask<ScriptOutcome> RunAsync(LifecycleEventName lifecycleEvent, DeploymentContext deployment, CancellationToken cancellationToken)
        {
            Ran.Add(lifecycleEvent.Value);
            return ValueTask.FromResult(lifecycleEvent == LifecycleEventName.Install
                ? ScriptOutcome.Failed(HookFailureCode.UnknownError, null, "The deployment failed because a specified file already exists at this location: /srv/app/index.html")
                : ScriptOutcome.Success());
        }
    }
}
