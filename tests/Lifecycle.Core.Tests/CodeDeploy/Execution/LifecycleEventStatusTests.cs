using System.Text.Json;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>Where one lifecycle event of a deployment is, as CodeDeploy's lifecycle event status spells it.</summary>
public class LifecycleEventStatusTests
{
    [Theory]
    [InlineData(LifecycleEventStatus.Pending, "Pending")]
    [InlineData(LifecycleEventStatus.InProgress, "InProgress")]
    [InlineData(LifecycleEventStatus.Succeeded, "Succeeded")]
    [InlineData(LifecycleEventStatus.Failed, "Failed")]
    [InlineData(LifecycleEventStatus.Skipped, "Skipped")]
    public void EachValue_IsWrittenAs(LifecycleEventStatus value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(5, Enum.GetValues<LifecycleEventStatus>().Length);
    }

    [Fact]
    public async Task ASucceededDeployment_HasEveryEventSucceeded()
    {
        var result = await new DeploymentKit().RunAsync("version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: a.sh\n");

        Assert.All(result.Events, e => Assert.Equal(LifecycleEventStatus.Succeeded, e.Status));
    }
}
