using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>A script's timeout: whole seconds above zero, the agent's 3600 by default, written as the AppSpec's number of seconds.</summary>
public class ScriptTimeoutTests
{
    [Fact]
    public void TheDefault_IsAnHour_AndIsWhatAScriptWithoutATimeoutGets()
    {
        Assert.Equal(3600, default(ScriptTimeout).Seconds);
        Assert.Equal(ScriptTimeout.Default, ScriptTimeout.FromSeconds(ScriptTimeout.DefaultSeconds));
        Assert.Equal(TimeSpan.FromHours(1), ScriptTimeout.Default.Duration);
        Assert.Equal(ScriptTimeout.Default, new HookScript { Location = "a.sh" }.Timeout);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void ATimeoutBelowOneSecond_IsRefused(long seconds)
    {
        Assert.False(ScriptTimeout.TryFromSeconds(seconds, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScriptTimeout.FromSeconds(seconds));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScriptTimeout>(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AnyLongerTimeout_IsKept_AndItsDurationStopsAtTheLongestTimeSpan()
    {
        var longest = ScriptTimeout.FromSeconds(long.MaxValue);

        Assert.Equal(long.MaxValue, longest.Seconds);
        Assert.Equal(TimeSpan.MaxValue, longest.Duration);
        Assert.True(ScriptTimeout.FromSeconds(30) < ScriptTimeout.Default);
    }

    [Property(Arbitrary = [typeof(Seconds)])]
    public bool Property_ATimeout_IsWrittenAsItsSeconds_AndReadBack(long seconds)
    {
        var timeout = ScriptTimeout.FromSeconds(seconds);
        var json = JsonSerializer.Serialize(timeout);
        return json == seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) && JsonSerializer.Deserialize<ScriptTimeout>(json) == timeout;
    }

    [Fact]
    public void AQuotedNumber_IsNotATimeout() => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScriptTimeout>("\"30\""));

    public static class Seconds
    {
        public static Arbitrary<long> Positive() => Arb.From(Gen.OneOf(Gen.Choose(1, 100_000).Select(n => (long)n), Gen.Elements(1L, 3600L, long.MaxValue)));
    }
}
