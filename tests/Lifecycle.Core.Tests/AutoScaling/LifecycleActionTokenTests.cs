using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>The length and character rules (reference §1.1) of <see cref="LifecycleActionToken"/>.</summary>
public class LifecycleActionTokenTests
{
    [Theory]
    [InlineData(35, false)]
    [InlineData(36, true)]
    [InlineData(37, false)]
    public void LifecycleActionToken_IsExactly36Characters(int length, bool valid)
    {
        var result = ValueParsing.Read<LifecycleActionToken>(new string('t', length));
        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Equal("ASH118", Assert.Single(result.Diagnostics).Code);
        }
    }
}
