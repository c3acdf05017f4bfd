using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Executors.Process.Tests;

/// <summary>A local deployment's revision, AppSpec and destination root; its state is kept beside the destinations unless told otherwise.</summary>
public class ProcessDeploymentOptionsTests
{
    private static readonly ServerAppSpec Spec = AppSpecReader.Read("version: 0.0\nos: linux\n").Server!;

    [Fact]
    public void TheStateDirectory_DefaultsToOneUnderTheSandbox_AndAGivenOneIsKept()
    {
        var sandbox = Path.Combine(Path.GetTempPath(), "sandbox");
        var options = new ProcessDeploymentOptions { RevisionRoot = "r", AppSpec = Spec, DestinationRoot = sandbox };

        Assert.Equal(Path.Combine(sandbox, ".lifecycle", "deployment-instructions"), ProcessDeployment.StateDirectory(options));
        Assert.Equal("/tmp/state", ProcessDeployment.StateDirectory(options with { StateDirectory = "/tmp/state" }));
        Assert.Equal("default-local-deployment-group", options.DeploymentGroupId);
    }

    [Fact]
    public void TheRealDestinations_KeepTheirStateInTheUsersHome()
    {
        var options = new ProcessDeploymentOptions { RevisionRoot = "r", AppSpec = Spec, DestinationRoot = "/" };

        Assert.StartsWith(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ProcessDeployment.StateDirectory(options), StringComparison.Ordinal);
    }
}
