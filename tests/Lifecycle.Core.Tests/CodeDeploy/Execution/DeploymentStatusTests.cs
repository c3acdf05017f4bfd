using System.Text.Json;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>How a deployment ended, as CodeDeploy's deployment status spells it.</summary>
public class DeploymentStatusTests
{
    [Theory]
    [InlineData(DeploymentStatus.Succeeded, "Succeeded")]
    [InlineData(DeploymentStatus.Failed, "Failed")]
    [InlineData(DeploymentStatus.Stopped, "Stopped")]
    public void EachValue_IsWrittenAs(DeploymentStatus value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(3, Enum.GetValues<DeploymentStatus>().Length);
    }

    [Fact]
    public async Task ADeploymentCancelledBeforeItStarts_IsStopped_WithEveryEventSkipped()
    {
        var kit = new DeploymentKit();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var result = await kit.RunAsync("version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: a.sh\n", cancellationToken: cancelled.Token);

        Assert.Equal(DeploymentStatus.Stopped, result.Status);
        Assert.All(result.Events, e => Assert.Equal(LifecycleEventStatus.Skipped, e.Status));
        Assert.Empty(kit.Scripts.Invocations);
    }
}
