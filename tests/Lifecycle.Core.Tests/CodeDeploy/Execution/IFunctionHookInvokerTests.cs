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

/// <summary>The invoker of ECS and Lambda hook functions: each hook is invoked with its deployment and execution ids, and a plan that needs one cannot run without it.</summary>
public class IFunctionHookInvokerTests
{
    [Fact]
    public async Task FunctionHooks_AreInvokedWithTheirIds()
    {
        const string lambda = "version: 0.0\nResources:\n  - fn:\n      Type: AWS::Lambda::Function\n      Properties:\n        Name: fn\n        Alias: live\n        CurrentVersion: 1\n        TargetVersion: 2\nHooks:\n  - BeforeAllowTraffic: pre\n  - AfterAllowTraffic: post\n";
        var invoker = new RecordingInvoker("post");
        var engine = new DeploymentEngine(new RecordingScriptExecutor(), new FakeTimeProvider(), functions: invoker);

        var result = await engine.RunAsync(Plan(lambda), Context);

        Assert.Equal(["pre", "post"], invoker.Calls.Select(c => c.FunctionName));
        Assert.Equal("d-TEST00001:BeforeAllowTraffic", invoker.Calls[0].LifecycleEventHookExecutionId);
        Assert.Equal(DeploymentStatus.Failed, result.Status);
        Assert.Equal(LifecycleEventStatus.Failed, result.Events.Single(e => e.Name.Value == "AfterAllowTraffic").Status);
    }

    [Fact]
    public async Task FunctionPlan_WithoutAnInvoker_IsAProgrammerError()
    {
        const string lambda = "version: 0.0\nResources:\n  - fn:\n      Type: AWS::Lambda::Function\n      Properties:\n        Name: fn\n        Alias: live\n        CurrentVersion: 1\n        TargetVersion: 2\nHooks:\n  - BeforeAllowTraffic: pre\n";
        await Assert.ThrowsAsync<InvalidOperationException>(() => new DeploymentEngine(new RecordingScriptExecutor(), new FakeTimeProvider()).RunAsync(Plan(lambda), Context));
    }

    private sealed class RecordingInvoker(string failing) : IFunctionHookInvoker
    {
        public List<FunctionHookInvocation> Calls { get; } = [];

        public ValueTask<ScriptOutcome> InvokeAsync(FunctionHookInvocation invocation, CancellationToken cancellationToken)
        {
            Calls.Add(invocation);
            return ValueTask.FromResult(invocation.FunctionName == failing ? ScriptOutcome.Failed(HookFailureCode.ScriptFailed, null, "Failed") : ScriptOutcome.Success());
        }
    }
}
