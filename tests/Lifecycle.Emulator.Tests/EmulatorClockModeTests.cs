using Microsoft.Extensions.Time.Testing;

namespace Lifecycle.Emulator.Tests;

public class EmulatorClockModeTests
{
    [Fact]
    public async Task Manual_MovesOnlyOnRequest()
    {
        var wall = new FakeTimeProvider();
        await using var emulator = await LifecycleEmulator.StartAsync(new EmulatorOptions { Port = 0, WallClock = wall });

        wall.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(TimeSpan.Zero, emulator.Now);
    }

    [Fact]
    public async Task Real_FollowsTheWallClockTimesTheSpeed()
    {
        var wall = new FakeTimeProvider();
        await using var emulator = await LifecycleEmulator.StartAsync(new EmulatorOptions { Port = 0, WallClock = wall, Clock = EmulatorClockMode.Real, Speed = 60 });

        wall.Advance(TimeSpan.FromSeconds(2.5));

        Assert.Equal(TimeSpan.FromSeconds(150), emulator.Now);
        emulator.AdvanceClock(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.FromSeconds(160), emulator.Now);
    }
}
