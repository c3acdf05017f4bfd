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

    [Theory]
    [InlineData(1, true)]
    [InlineData(4000, true)]
    [InlineData(4001, false)]
    public void NotificationMetadata_Length(int length, bool valid) =>
        Assert.Equal(valid, ValueParsing.Read<NotificationMetadata>(new string('m', length)).Succeeded);

    [Fact]
    public void NotificationMetadata_CharacterSet()
    {
        Assert.True(ValueParsing.Read<NotificationMetadata>("{\"a\":1}\n\t\r~ ").Succeeded);
        var error = Assert.Single(ValueParsing.Read<NotificationMetadata>("café").Diagnostics);
        Assert.Equal("ASH112", error.Code);
        Assert.Contains("position 4", error.Message, StringComparison.Ordinal);
        Assert.Equal("ASH112", Assert.Single(ValueParsing.Read<NotificationMetadata>("\u007f").Diagnostics).Code);
        Assert.Equal("ASH110", Assert.Single(ValueParsing.Read<NotificationMetadata>("").Diagnostics).Code);
        Assert.Equal("ASH111", Assert.Single(ValueParsing.Read<NotificationMetadata>(new string('m', 4001)).Diagnostics).Code);
    }

    [Fact]
    public void RoleArn_LengthAndEmpty()
    {
        Assert.True(ValueParsing.Read<RoleArn>("arn:aws:iam::123456789012:role/x").Succeeded);
        Assert.Equal("ASH113", Assert.Single(ValueParsing.Read<RoleArn>("").Diagnostics).Code);
        Assert.Equal("ASH114", Assert.Single(ValueParsing.Read<RoleArn>(new string('r', 256)).Diagnostics).Code);
        Assert.True(ValueParsing.Read<RoleArn>(new string('r', 255)).Succeeded);
    }

    [Fact]
    public void NotificationTargetArn_EmptyIsAllowedAndClears()
    {
        var empty = ValueParsing.Read<NotificationTargetArn>("");
        Assert.True(empty.Succeeded);
        Assert.True(empty.Value.IsEmpty);
        Assert.Equal("ASH116", Assert.Single(ValueParsing.Read<NotificationTargetArn>(new string('t', 256)).Diagnostics).Code);
        Assert.True(ValueParsing.Read<NotificationTargetArn>(new string('t', 255)).Succeeded);
    }

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

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(19, true)]
    [InlineData(20, false)]
    public void InstanceId_Is1To19Characters(int length, bool valid) =>
        Assert.Equal(valid, ValueParsing.Read<InstanceId>(new string('i', length)).Succeeded);

    [Fact]
    public void InstanceIdAndRoleArn_CodesForLengthAndCharacters()
    {
        Assert.Equal("ASH119", Assert.Single(ValueParsing.Read<InstanceId>(new string('i', 20)).Diagnostics).Code);
        Assert.Equal("ASH119", Assert.Single(ValueParsing.Read<InstanceId>("").Diagnostics).Code);
        Assert.Equal("ASH120", Assert.Single(ValueParsing.Read<InstanceId>("i-123\u0000").Diagnostics).Code);
        Assert.Equal("ASH115", Assert.Single(ValueParsing.Read<RoleArn>("arn:aws:iam::123456789012:role/r\u0007").Diagnostics).Code);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull_AndTryParseRefusesIt()
    {
        // .NET's habit: null is a programming error for Parse, a plain false for TryParse. A request that leaves a value
        // out is reported by the request's own validation, with the value's "required" code.
        Assert.Throws<ArgumentNullException>(() => InstanceId.Parse(null!));
        Assert.False(NotificationTargetArn.TryParse(null, out _));
        Assert.False(AutoScalingGroupName.TryParse(null, out _));
    }
}
