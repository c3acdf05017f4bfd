using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>What reading found: valid when no finding is an error, and a model only then, for the platform read.</summary>
public class AppSpecDocumentTests
{
    [Fact]
    public void AWarning_LeavesTheDocumentValid_WithItsModel()
    {
        var document = AppSpecReader.Read("version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: start.sh\n      Timeout: 30\n");

        Assert.Equal("APP007", Assert.Single(document.Diagnostics).Code);
        Assert.True(document.IsValid);
        Assert.NotNull(document.Server);
        Assert.Null(document.Ecs);
        Assert.Null(document.Lambda);
    }

    [Fact]
    public void AnError_MakesItInvalid_AndWithholdsTheModel()
    {
        var document = AppSpecReader.Read("version: 1.0\nos: linux\n");

        Assert.False(document.IsValid);
        Assert.Equal(ComputePlatform.Server, document.Platform);
        Assert.Null(document.Server);
    }
}
