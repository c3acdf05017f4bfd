using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;
using static Lifecycle.Core.Tests.CodeDeploy.Execution.DeploymentEngineTests;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>Who is deploying what: the values scripts see as environment variables.</summary>
public class DeploymentContextTests
{
    [Fact]
    public async Task EveryScript_IsGivenTheDeployment()
    {
        var kit = new DeploymentKit(Context with { BundleVariables = new Dictionary<string, string> { ["BUNDLE_COMMIT"] = "abc123" } });

        await kit.Engine.RunAsync(Plan(), kit.Context);

        Assert.All(kit.Scripts.Invocations, i => Assert.Equal(("d-TEST00001", "web", "prod", "g-1", "abc123"),
            (i.Deployment.DeploymentId, i.Deployment.ApplicationName, i.Deployment.DeploymentGroupName, i.Deployment.DeploymentGroupId, i.Deployment.BundleVariables["BUNDLE_COMMIT"])));
        Assert.Equal(("LocalApplication", "LocalFleet"), (new DeploymentContext { DeploymentId = "d-1" }.ApplicationName, new DeploymentContext { DeploymentId = "d-1" }.DeploymentGroupName));
    }
}
