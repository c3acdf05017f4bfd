using System.Text.Json;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Planning;

/// <summary>Which instances of a blue/green deployment an event sequence is for.</summary>
public class InstanceGroupTests
{
    [Theory]
    [InlineData(InstanceGroup.Original, "Original")]
    [InlineData(InstanceGroup.Replacement, "Replacement")]
    public void EachValue_IsWrittenAs(InstanceGroup value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(2, Enum.GetValues<InstanceGroup>().Length);
    }

    [Fact]
    public void TheOriginalInstances_OnlyHaveTheirTrafficBlocked()
    {
        var names = LifecycleEventOrder.For(new DeploymentScenario { DeploymentType = DeploymentType.BlueGreen, Instances = InstanceGroup.Original }).Select(e => e.Name).ToList();

        Assert.Contains(LifecycleEventName.BlockTraffic, names);
        Assert.DoesNotContain(LifecycleEventName.Install, names);
    }
}
