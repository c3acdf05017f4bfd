using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>The AWS values of <see cref="LifecycleActionResult"/>.</summary>
public class LifecycleActionResultTests
{
    [Fact]
    public void LifecycleActionResult_DefaultIsAbandon()
    {
        Assert.Equal(LifecycleActionResult.Abandon, LifecycleActionResult.Default);
        Assert.Equal(LifecycleActionResult.Abandon, default);
        Assert.Equal("ABANDON", default(LifecycleActionResult).Value);
        Assert.True(ValueParsing.Read<LifecycleActionResult>("CONTINUE").Value.IsContinue);
    }

    [Theory]
    [InlineData("continue")]
    [InlineData("Abandon")]
    [InlineData("")]
    [InlineData("PROCEED")]
    public void LifecycleActionResult_OnlyTheUpperCaseWordsAreValid(string written) =>
        Assert.Equal("ASH109", Assert.Single(ValueParsing.Read<LifecycleActionResult>(written).Diagnostics).Code);
}
