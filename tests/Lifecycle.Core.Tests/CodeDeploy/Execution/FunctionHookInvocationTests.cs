using System.Text.Json;
using System.Text.Json.Nodes;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.Execution;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>
/// One hook function to invoke. CodeDeploy invokes a hook function with an event holding <c>DeploymentId</c> and
/// <c>LifecycleEventHookExecutionId</c>; the invocation carries both under those names, so an invoker can pass it on.
/// </summary>
public class FunctionHookInvocationTests
{
    [Fact]
    public void AnInvocation_IsWrittenWithTheMemberNamesAHookFunctionReceives()
    {
        var invocation = new FunctionHookInvocation { LifecycleEvent = LifecycleEventName.AfterAllowTraffic, FunctionName = "check", DeploymentId = "d-1", LifecycleEventHookExecutionId = "x-1" };

        var json = JsonNode.Parse(JsonSerializer.Serialize(invocation, LifecycleJsonContext.Default.FunctionHookInvocation))!;

        Assert.Equal(("d-1", "x-1", "AfterAllowTraffic", "check"),
            ((string?)json["DeploymentId"], (string?)json["LifecycleEventHookExecutionId"], (string?)json["LifecycleEvent"], (string?)json["FunctionName"]));
    }
}
