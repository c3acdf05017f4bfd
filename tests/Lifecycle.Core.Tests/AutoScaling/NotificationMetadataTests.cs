using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>The length and character rules (reference §1.1) of <see cref="NotificationMetadata"/>.</summary>
public class NotificationMetadataTests
{
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
}
