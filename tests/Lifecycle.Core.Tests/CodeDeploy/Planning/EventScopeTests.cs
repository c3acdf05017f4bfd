using System.Text.Json;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Planning;

/// <summary>How often an event runs: on each instance, or once for the deployment.</summary>
public class EventScopeTests
{
    [Theory]
    [InlineData(EventScope.PerInstance, "PerInstance")]
    [InlineData(EventScope.PerDeployment, "PerDeployment")]
    public void EachValue_IsWrittenAs(EventScope value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(2, Enum.GetValues<EventScope>().Length);
    }

    [Theory]
    [InlineData(ComputePlatform.Server, EventScope.PerInstance)]
    [InlineData(ComputePlatform.Ecs, EventScope.PerDeployment)]
    [InlineData(ComputePlatform.Lambda, EventScope.PerDeployment)]
    public void ServerEvents_RunOnEachInstance_AndFunctionEventsOnce(ComputePlatform platform, EventScope scope) =>
        Assert.All(LifecycleEventOrder.For(new DeploymentScenario { Platform = platform, DeploymentType = platform == ComputePlatform.Server ? DeploymentType.InPlace : DeploymentType.BlueGreen }),
            e => Assert.Equal(scope, e.Scope));
}
