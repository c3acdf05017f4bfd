namespace Lifecycle.Emulator.World;

/// <summary>
/// The emulator's time in whole virtual seconds since it started: moved by requests in both modes, and in the
/// Real mode also by the wall clock times the speed. What the world has reached is <see cref="EmulatorWorld.Now"/>;
/// this says where it should be.
/// </summary>
internal sealed class VirtualClock(EmulatorClockMode mode, double speed, TimeProvider wall)
{
    private readonly long _started = wall.GetTimestamp();
    private long _advanced;

    public EmulatorClockMode Mode { get; } = mode;

    public TimeProvider Wall { get; } = wall;

    /// <summary>The virtual second the world should be at now.</summary>
    public long Target => Mode == EmulatorClockMode.Manual
        ? _advanced
        : checked(_advanced + (long)Math.Floor(Wall.GetElapsedTime(_started).TotalSeconds * speed));

    /// <summary>Moves the clock forward by whole seconds.</summary>
    public void Advance(long seconds) => _advanced = checked(_advanced + seconds);

    /// <summary>Back to second 0: the wall time run so far (Real mode) is offset by as much.</summary>
    public void Reset() => _advanced -= Target;
}
