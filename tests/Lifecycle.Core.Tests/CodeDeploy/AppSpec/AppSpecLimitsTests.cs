using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>The bounds that keep a hostile document from exhausting a reader, far above any real AppSpec.</summary>
public class AppSpecLimitsTests
{
    [Fact]
    public void TheDefaults_AreAMebibyte_10000Levels_And100000Nodes() =>
        Assert.Equal((1 << 20, 10_000, 100_000), (AppSpecLimits.Default.MaxDocumentLength, AppSpecLimits.Default.MaxDepth, AppSpecLimits.Default.MaxNodes));

    [Theory]
    [InlineData(10_000, 64, 5)]
    [InlineData(1 << 20, 2, 100_000)]
    [InlineData(20, 64, 100_000)]
    public void ADocumentPastABound_IsAPP002(int length, int depth, int nodes)
    {
        var limits = new AppSpecLimits { MaxDocumentLength = length, MaxDepth = depth, MaxNodes = nodes };

        var document = AppSpecReader.Read("version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: a.sh\n", new AppSpecOptions { Limits = limits });

        Assert.Equal("APP002", Assert.Single(document.Diagnostics).Code);
    }
}
