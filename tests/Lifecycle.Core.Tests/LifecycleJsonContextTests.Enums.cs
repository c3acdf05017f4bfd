using System.Text.Json;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Core.Tests;

/// <summary>Every public enum is written by System.Text.Json as a string, AWS's spelling where AWS has one, and read back.</summary>
public partial class LifecycleJsonContextTests
{
    public static TheoryData<Type> PublicEnums => [.. typeof(LifecycleHookRegistry).Assembly.GetExportedTypes().Where(t => t.IsEnum)];

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void EveryValue_IsAString_AndRoundTrips(Type type)
    {
        foreach (var value in Enum.GetValues(type))
        {
            var json = JsonSerializer.Serialize(value, type);
            Assert.StartsWith("\"", json, StringComparison.Ordinal);
            Assert.Equal(value, JsonSerializer.Deserialize(json, type));
        }
    }

    [Fact]
    public void AwsSpellings_AreAwssOwn()
    {
        Assert.Equal("\"ECS\"", JsonSerializer.Serialize(ComputePlatform.Ecs));
        Assert.Equal("\"Server\"", JsonSerializer.Serialize(ComputePlatform.Server));
        Assert.Equal("\"IN_PLACE\"", JsonSerializer.Serialize(DeploymentType.InPlace));
        Assert.Equal("\"BLUE_GREEN\"", JsonSerializer.Serialize(DeploymentType.BlueGreen));
        Assert.Equal("\"Pending:Wait\"", JsonSerializer.Serialize(InstanceLifecycleState.PendingWait));
        Assert.Equal("\"Warmed:Terminating:Retained\"", JsonSerializer.Serialize(InstanceLifecycleState.WarmedTerminatingRetained));
        Assert.Equal("\"InService\"", JsonSerializer.Serialize(InstanceLifecycleState.InService));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<InstanceLifecycleState>("\"PendingWait\""));
    }
}
