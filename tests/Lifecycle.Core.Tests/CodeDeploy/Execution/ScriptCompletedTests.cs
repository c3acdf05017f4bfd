using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;
using static Lifecycle.Core.Tests.CodeDeploy.Execution.DeploymentEngineTests;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>A script ended, with its result, in the event it ran in.</summary>
public class ScriptCompletedTests
{
    [Fact]
    public async Task EachScript_IsReported_WithItsEvent()
    {
        var kit = new DeploymentKit(Context);
        var events = await ProgressRecorder.Run(kit);

        var scripts = events.OfType<ScriptCompleted>().ToList();
        Assert.Equal(Ran(kit.Scripts), scripts.Select(s => $"{s.LifecycleEvent}:{s.Script.Script.Location}"));
        Assert.All(scripts, s => Assert.True(s.Script.Outcome.Succeeded));
    }
}
