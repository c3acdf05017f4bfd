using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Executors.Process.Tests;

/// <summary>What the process executor is told: the revision folders, how much output to keep, extra environment.</summary>
public class ProcessScriptExecutorOptionsTests
{
    private static ScriptInvocation Invocation(string location) =>
        new() { Script = new HookScript { Location = location, Timeout = ScriptTimeout.FromSeconds(60) }, LifecycleEvent = LifecycleEventName.ApplicationStart, Revision = RevisionSource.Current, Deployment = new DeploymentContext { DeploymentId = "d-1" } };

    [Fact]
    public async Task TheOutputTail_IsBoundedToItsLength()
    {
        using var revision = new Revision();
        revision.Script("talk.sh", "echo \"color=$COLOR\"; head -c 5000 /dev/zero | tr '\\0' 'x'; echo");
        var executor = new ProcessScriptExecutor(new ProcessScriptExecutorOptions
        {
            RevisionRoot = revision.Root,
            OutputTailLength = 200,
            Environment = new Dictionary<string, string> { ["COLOR"] = "blue" },
        });

        var outcome = await executor.ExecuteAsync(Invocation("talk.sh"), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.True(outcome.OutputTail.Length <= 200, $"{outcome.OutputTail.Length} characters kept");
        Assert.Equal(4096, new ProcessScriptExecutorOptions { RevisionRoot = "." }.OutputTailLength);
    }

    [Fact]
    public async Task TheEnvironment_ReachesTheScript()
    {
        using var revision = new Revision();
        revision.Script("env.sh", "echo \"color=$COLOR\"");
        var executor = new ProcessScriptExecutor(new ProcessScriptExecutorOptions { RevisionRoot = revision.Root, Environment = new Dictionary<string, string> { ["COLOR"] = "blue" } });

        var outcome = await executor.ExecuteAsync(Invocation("env.sh"), CancellationToken.None);

        Assert.Contains("color=blue", outcome.OutputTail, StringComparison.Ordinal);
    }
}
