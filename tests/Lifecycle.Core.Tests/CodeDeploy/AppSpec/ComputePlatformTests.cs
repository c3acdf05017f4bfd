using System.Text.Json;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>The platform an AppSpec is for, spelled as CodeDeploy's computePlatform is, and found from the file.</summary>
public class ComputePlatformTests
{
    [Theory]
    [InlineData(ComputePlatform.Server, "Server")]
    [InlineData(ComputePlatform.Ecs, "ECS")]
    [InlineData(ComputePlatform.Lambda, "Lambda")]
    public void EachValue_IsWrittenAs(ComputePlatform value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(3, Enum.GetValues<ComputePlatform>().Length);
    }

    [Theory]
    [InlineData("version: 0.0\nos: linux\n", ComputePlatform.Server)]
    [InlineData("version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n", ComputePlatform.Ecs)]
    [InlineData("version: 0.0\nResources:\n  - fn:\n      Type: AWS::Lambda::Function\n", ComputePlatform.Lambda)]
    public void ThePlatform_IsFoundFromTheFile(string appSpec, ComputePlatform platform) =>
        Assert.Equal(platform, AppSpecReader.Read(appSpec).Platform);
}
