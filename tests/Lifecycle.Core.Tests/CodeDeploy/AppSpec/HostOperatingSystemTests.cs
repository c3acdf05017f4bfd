using System.Text.Json;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>The operating system of the instances the agent runs on; the agent accepts an AppSpec for its own only.</summary>
public class HostOperatingSystemTests
{
    [Theory]
    [InlineData(HostOperatingSystem.Any, "Any")]
    [InlineData(HostOperatingSystem.Linux, "Linux")]
    [InlineData(HostOperatingSystem.Windows, "Windows")]
    public void EachValue_IsWrittenAs(HostOperatingSystem value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(3, Enum.GetValues<HostOperatingSystem>().Length);
    }

    [Theory]
    [InlineData(HostOperatingSystem.Any, true)]
    [InlineData(HostOperatingSystem.Windows, true)]
    [InlineData(HostOperatingSystem.Linux, false)]
    public void AWindowsAppSpec_IsReadOnWindowsOrAnyHost_AndRefusedOnLinux(HostOperatingSystem host, bool valid) =>
        Assert.Equal(valid, AppSpecReader.Read("version: 0.0\nos: windows\n", new AppSpecOptions { HostOs = host }).IsValid);
}
