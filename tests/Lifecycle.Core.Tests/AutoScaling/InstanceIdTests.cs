using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>The length and character rules (reference §1.1) of <see cref="InstanceId"/>.</summary>
public class InstanceIdTests
{
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
