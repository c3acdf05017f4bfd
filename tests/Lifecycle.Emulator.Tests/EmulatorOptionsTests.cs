namespace Lifecycle.Emulator.Tests;

public class EmulatorOptionsTests
{
    [Fact]
    public void Defaults_AreLoopbackOn4566_WithAManualClock_AndAnyKeyAccepted()
    {
        var options = new EmulatorOptions();

        Assert.Equal(("127.0.0.1", 4566, EmulatorClockMode.Manual, 1.0), (options.Host, options.Port, options.Clock, options.Speed));
        Assert.Equal(("us-east-1", "123456789012"), (options.Region, options.AccountId));
        Assert.Null(options.AccessKeyId);
        Assert.Equal(1024 * 1024, options.MaxRequestBodyBytes);
    }

    [Theory]
    [InlineData(-1, 1.0, "127.0.0.1")]
    [InlineData(70000, 1.0, "127.0.0.1")]
    [InlineData(0, 0.0, "127.0.0.1")]
    [InlineData(0, 1.0, "not-an-address")]
    public async Task StartAsync_RefusesOptionsOutOfRange(int port, double speed, string host)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => LifecycleEmulator.StartAsync(new EmulatorOptions { Port = port, Speed = speed, Host = host }));
    }
}
