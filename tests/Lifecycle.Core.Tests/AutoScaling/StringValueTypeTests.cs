using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>The length and character rules of the other constrained strings (reference §1.1).</summary>
public class StringValueTypeTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(255, true)]
    [InlineData(256, false)]
    public void AutoScalingGroupName_Length(int length, bool valid) =>
        Assert.Equal(valid, AutoScalingGroupName.Parse(new string('g', length)).Succeeded);

    [Fact]
    public void AutoScalingGroupName_AllowsSpacesAndNonAscii_ButNotControlCharacters()
    {
        Assert.True(AutoScalingGroupName.Parse("my group é 😀").Succeeded);
        Assert.Equal("ASH106", Assert.Single(AutoScalingGroupName.Parse("bell\u0007").Diagnostics).Code);
        Assert.Equal("ASH106", Assert.Single(AutoScalingGroupName.Parse("lone\uD800surrogate").Diagnostics).Code);
        Assert.Equal("ASH106", Assert.Single(AutoScalingGroupName.Parse("\uFFFE").Diagnostics).Code);
        Assert.Equal("ASH104", Assert.Single(AutoScalingGroupName.Parse("").Diagnostics).Code);
    }

    [Fact]
    public void Lengths_CountUtf16CodeUnits_SoANonBmpCharacterCountsTwice()
    {
        // How AWS counts is not found (reference §1.9); the SDK counts as .NET strings do. 127 emoji = 254 units.
        Assert.True(AutoScalingGroupName.Parse(string.Concat(Enumerable.Repeat("😀", 127))).Succeeded);
        Assert.Equal("ASH105", Assert.Single(AutoScalingGroupName.Parse(string.Concat(Enumerable.Repeat("😀", 128))).Diagnostics).Code);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(4000, true)]
    [InlineData(4001, false)]
    public void NotificationMetadata_Length(int length, bool valid) =>
        Assert.Equal(valid, NotificationMetadata.Parse(new string('m', length)).Succeeded);

    [Fact]
    public void NotificationMetadata_CharacterSet()
    {
        Assert.True(NotificationMetadata.Parse("{\"a\":1}\n\t\r~ ").Succeeded);
        var error = Assert.Single(NotificationMetadata.Parse("café").Diagnostics);
        Assert.Equal("ASH112", error.Code);
        Assert.Contains("position 4", error.Message, StringComparison.Ordinal);
        Assert.Equal("ASH112", Assert.Single(NotificationMetadata.Parse("\u007f").Diagnostics).Code);
        Assert.Equal("ASH110", Assert.Single(NotificationMetadata.Parse("").Diagnostics).Code);
        Assert.Equal("ASH111", Assert.Single(NotificationMetadata.Parse(new string('m', 4001)).Diagnostics).Code);
    }

    [Fact]
    public void RoleArn_LengthAndEmpty()
    {
        Assert.True(RoleArn.Parse("arn:aws:iam::123456789012:role/x").Succeeded);
        Assert.Equal("ASH113", Assert.Single(RoleArn.Parse("").Diagnostics).Code);
        Assert.Equal("ASH114", Assert.Single(RoleArn.Parse(new string('r', 256)).Diagnostics).Code);
        Assert.True(RoleArn.Parse(new string('r', 255)).Succeeded);
    }

    [Fact]
    public void NotificationTargetArn_EmptyIsAllowedAndClears()
    {
        var empty = NotificationTargetArn.Parse("");
        Assert.True(empty.Succeeded);
        Assert.True(empty.Value.IsEmpty);
        Assert.Equal("ASH116", Assert.Single(NotificationTargetArn.Parse(new string('t', 256)).Diagnostics).Code);
        Assert.True(NotificationTargetArn.Parse(new string('t', 255)).Succeeded);
    }

    [Theory]
    [InlineData(35, false)]
    [InlineData(36, true)]
    [InlineData(37, false)]
    public void LifecycleActionToken_IsExactly36Characters(int length, bool valid)
    {
        var result = LifecycleActionToken.Parse(new string('t', length));
        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Equal("ASH118", Assert.Single(result.Diagnostics).Code);
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(19, true)]
    [InlineData(20, false)]
    public void InstanceId_Is1To19Characters(int length, bool valid) =>
        Assert.Equal(valid, InstanceId.Parse(new string('i', length)).Succeeded);

    [Fact]
    public void InstanceIdAndRoleArn_CodesForLengthAndCharacters()
    {
        Assert.Equal("ASH119", Assert.Single(InstanceId.Parse(new string('i', 20)).Diagnostics).Code);
        Assert.Equal("ASH119", Assert.Single(InstanceId.Parse("").Diagnostics).Code);
        Assert.Equal("ASH120", Assert.Single(InstanceId.Parse("i-123\u0000").Diagnostics).Code);
        Assert.Equal("ASH115", Assert.Single(RoleArn.Parse("arn:aws:iam::123456789012:role/r\u0007").Diagnostics).Code);
    }

    [Fact]
    public void Parse_Null_IsReportedAsMissing()
    {
        Assert.Equal("ASH100", Assert.Single(InstanceId.Parse(null).Diagnostics).Code);
        Assert.Equal("ASH100", Assert.Single(NotificationTargetArn.Parse(null).Diagnostics).Code);
        Assert.Equal("ASH104", Assert.Single(AutoScalingGroupName.Parse(null).Diagnostics).Code);
    }
}
