using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>The length and character rules (reference §1.1) of <see cref="NotificationTargetArn"/>.</summary>
public class NotificationTargetArnTests
{
    [Fact]
    public void NotificationTargetArn_EmptyIsAllowedAndClears()
    {
        var empty = ValueParsing.Read<NotificationTargetArn>("");
        Assert.True(empty.Succeeded);
        Assert.True(empty.Value.IsEmpty);
        Assert.Equal("ASH116", Assert.Single(ValueParsing.Read<NotificationTargetArn>(new string('t', 256)).Diagnostics).Code);
        Assert.True(ValueParsing.Read<NotificationTargetArn>(new string('t', 255)).Succeeded);
    }
}
