using System.Text.Json;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Planning;

/// <summary>In place or blue/green, spelled as CodeDeploy's deploymentType is.</summary>
public class DeploymentTypeTests
{
    [Theory]
    [InlineData(DeploymentType.InPlace, "IN_PLACE")]
    [InlineData(DeploymentType.BlueGreen, "BLUE_GREEN")]
    public void EachValue_IsWrittenAs(DeploymentType value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(2, Enum.GetValues<DeploymentType>().Length);
    }

    [Fact]
    public void BlueGreen_AllowsTrafficToTheReplacement_AndInPlaceWithoutALoadBalancerDoesNot()
    {
        Assert.Contains(LifecycleEventOrder.For(new DeploymentScenario { DeploymentType = DeploymentType.BlueGreen }), e => e.Name == LifecycleEventName.AllowTraffic);
        Assert.DoesNotContain(LifecycleEventOrder.For(new DeploymentScenario { DeploymentType = DeploymentType.InPlace }), e => e.Name == LifecycleEventName.AllowTraffic);
    }
}
