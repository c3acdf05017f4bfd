using Lifecycle.Core.CodeDeploy.Execution;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>How a script ended: a success with exit code 0, or a failure that names why.</summary>
public class ScriptOutcomeTests
{
    [Fact]
    public void Success_IsExitCodeZero_WithTheAgentsWord()
    {
        var success = ScriptOutcome.Success("done\n");

        Assert.True(success.Succeeded);
        Assert.Equal((HookFailureCode.None, 0, "Succeeded", "done\n"), (success.Failure, success.ExitCode, success.Message, success.OutputTail));
    }

    [Fact]
    public void Failed_KeepsWhy_AndRefusesNoneAsAFailure()
    {
        var failed = ScriptOutcome.Failed(HookFailureCode.ScriptTimedOut, null, "Script at specified location: a.sh failed to complete in 30 seconds");

        Assert.False(failed.Succeeded);
        Assert.Equal((HookFailureCode.ScriptTimedOut, (int?)null), (failed.Failure, failed.ExitCode));
        Assert.Throws<ArgumentException>(() => ScriptOutcome.Failed(HookFailureCode.None, 0, "not a failure"));
    }
}
