using System.Text.Json;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>Why a script failed, with the codes and numbers of the CodeDeploy agent's lifecycle event diagnostics.</summary>
public class HookFailureCodeTests
{
    [Theory]
    [InlineData(HookFailureCode.None, "None")]
    [InlineData(HookFailureCode.ScriptMissing, "ScriptMissing")]
    [InlineData(HookFailureCode.ScriptNotExecutable, "ScriptNotExecutable")]
    [InlineData(HookFailureCode.ScriptTimedOut, "ScriptTimedOut")]
    [InlineData(HookFailureCode.ScriptFailed, "ScriptFailed")]
    [InlineData(HookFailureCode.UnknownError, "UnknownError")]
    [InlineData(HookFailureCode.OutputsLeftOpen, "OutputsLeftOpen")]
    public void EachValue_IsWrittenAs(HookFailureCode value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(7, Enum.GetValues<HookFailureCode>().Length);
    }

    [Fact]
    public void TheNumbers_AreTheAgents() =>
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], Enum.GetValues<HookFailureCode>().Select(c => (int)c));
}
