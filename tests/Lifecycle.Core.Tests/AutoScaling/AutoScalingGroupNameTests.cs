using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>The length and character rules (reference §1.1) of <see cref="AutoScalingGroupName"/>.</summary>
public class AutoScalingGroupNameTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(255, true)]
    [InlineData(256, false)]
    public void AutoScalingGroupName_Length(int length, bool valid) =>
        Assert.Equal(valid, ValueParsing.Read<AutoScalingGroupName>(new string('g', length)).Succeeded);

    [Fact]
    public void AutoScalingGroupName_AllowsSpacesAndNonAscii_ButNotControlCharacters()
    {
        Assert.True(ValueParsing.Read<AutoScalingGroupName>("my group é 😀").Succeeded);
        Assert.Equal("ASH106", Assert.Single(ValueParsing.Read<AutoScalingGroupName>("bell\u0007").Diagnostics).Code);
        Assert.Equal("ASH106", Assert.Single(ValueParsing.Read<AutoScalingGroupName>("lone\uD800surrogate").Diagnostics).Code);
        Assert.Equal("ASH106", Assert.Single(ValueParsing.Read<AutoScalingGroupName>("\uFFFE").Diagnostics).Code);
        Assert.Equal("ASH104", Assert.Single(ValueParsing.Read<AutoScalingGroupName>("").Diagnostics).Code);
    }

    [Fact]
    public void Lengths_CountUtf16CodeUnits_SoANonBmpCharacterCountsTwice()
    {
        // How AWS counts is not found (reference §1.9); the SDK counts as .NET strings do. 127 emoji = 254 units.
        Assert.True(ValueParsing.Read<AutoScalingGroupName>(string.Concat(Enumerable.Repeat("😀", 127))).Succeeded);
        Assert.Equal("ASH105", Assert.Single(ValueParsing.Read<AutoScalingGroupName>(string.Concat(Enumerable.Repeat("😀", 128))).Diagnostics).Code);
    }
}
