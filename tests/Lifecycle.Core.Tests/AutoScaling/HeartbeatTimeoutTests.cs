using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

public class HeartbeatTimeoutTests
{
    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    [InlineData(3600, true)]
    [InlineData(7200, true)]
    [InlineData(7201, false)]
    [InlineData(0, false)]
    [InlineData(-30, false)]
    [InlineData(int.MaxValue, false)]
    public void TryFromSeconds_AcceptsExactly30To7200(int seconds, bool valid)
    {
        Assert.Equal(valid, HeartbeatTimeout.TryFromSeconds(seconds, out var timeout));
        if (valid)
        {
            Assert.Equal(seconds, timeout.Seconds);
        }
        else
        {
            // Read from JSON, the same rule speaks through its diagnostic.
            var e = Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<HeartbeatTimeout>(
                seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Contains("ASH108", e.Message, StringComparison.Ordinal);
            Assert.Contains("between 30 and 7200", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Default_Is3600SecondsAndEqualsDefaultOfTheStruct()
    {
        Assert.Equal(3600, HeartbeatTimeout.Default.Seconds);
        Assert.Equal(3600, default(HeartbeatTimeout).Seconds);
        Assert.Equal(HeartbeatTimeout.FromSeconds(3600), default);
    }

    [Theory]
    [InlineData(30, 3000)]
    [InlineData(300, 30000)]
    [InlineData(1727, 172700)]
    [InlineData(1728, 172800)]
    [InlineData(3600, 172800)]
    [InlineData(7200, 172800)]
    public void GlobalTimeout_IsMinOf100HeartbeatsAnd48Hours(int heartbeat, int global)
    {
        var timeout = HeartbeatTimeout.FromSeconds(heartbeat);

        Assert.Equal(global, timeout.GlobalTimeoutSeconds);
        Assert.Equal(TimeSpan.FromSeconds(global), timeout.GlobalTimeout);
    }

    [Theory]
    [InlineData(29)]
    [InlineData(7201)]
    public void FromSeconds_OutOfRange_Throws(int seconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HeartbeatTimeout.FromSeconds(seconds));

    [Fact]
    public void Comparison_FollowsSeconds()
    {
        Assert.True(HeartbeatTimeout.MinValue < HeartbeatTimeout.Default);
        Assert.True(HeartbeatTimeout.MaxValue >= HeartbeatTimeout.Default);
        Assert.Equal(-1, HeartbeatTimeout.MinValue.CompareTo(HeartbeatTimeout.MaxValue));
    }

    [Property(Arbitrary = [typeof(AnySeconds)])]
    public bool Property_ParseAcceptsExactlyTheRange(int seconds) =>
        HeartbeatTimeout.TryFromSeconds(seconds, out _) == seconds is >= 30 and <= 7200;

    [Property(Arbitrary = [typeof(ValidSeconds)])]
    public bool Property_GlobalTimeoutIsMinOf100TimesAnd172800(int seconds) =>
        HeartbeatTimeout.FromSeconds(seconds).GlobalTimeoutSeconds == Math.Min(100 * seconds, 172800);

    /// <summary>Any int, half of them near the 30..7200 range so both outcomes are common.</summary>
    public static class AnySeconds
    {
        public static Arbitrary<int> Seconds() => Arb.From(Gen.OneOf(ArbMap.Default.GeneratorFor<int>(), Gen.Choose(-100, 7500)));
    }

    /// <summary>Every heartbeat timeout AWS accepts.</summary>
    public static class ValidSeconds
    {
        public static Arbitrary<int> Seconds() => Arb.From(Gen.Choose(30, 7200));
    }
}
