using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>The length and character rules (reference §1.1) of <see cref="RoleArn"/>.</summary>
public class RoleArnTests
{
    [Fact]
    public void RoleArn_LengthAndEmpty()
    {
        Assert.True(ValueParsing.Read<RoleArn>("arn:aws:iam::123456789012:role/x").Succeeded);
        Assert.Equal("ASH113", Assert.Single(ValueParsing.Read<RoleArn>("").Diagnostics).Code);
        Assert.Equal("ASH114", Assert.Single(ValueParsing.Read<RoleArn>(new string('r', 256)).Diagnostics).Code);
        Assert.True(ValueParsing.Read<RoleArn>(new string('r', 255)).Succeeded);
    }
}
