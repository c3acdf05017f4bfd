using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>A Lambda AppSpec: the function, its alias, the version traffic moves from and to, and the hook functions.</summary>
public class LambdaAppSpecTests
{
    [Fact]
    public void TheVersions_AreRead_AsTheDocsQuoteThem()
    {
        var document = AppSpecReader.Read("version: 0.0\nResources:\n  - api:\n      Type: AWS::Lambda::Function\n      Properties:\n        Name: api\n        Alias: live\n        CurrentVersion: \"3\"\n        TargetVersion: \"4\"\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(("api", "api", "live", 3, 4), (document.Lambda!.ResourceName, document.Lambda.Name, document.Lambda.Alias, document.Lambda.CurrentVersion, document.Lambda.TargetVersion));
        Assert.Empty(document.Lambda.Hooks);
    }
}
