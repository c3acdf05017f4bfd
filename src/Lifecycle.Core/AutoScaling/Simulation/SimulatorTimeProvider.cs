namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>
/// The simulator's virtual clock as a <see cref="TimeProvider"/>: the time is the environment's start plus
/// <see cref="AutoScalingSimulator.Now"/>, and timers fire while the simulator advances, at whole seconds (a due time
/// is rounded up to the next second, as the simulator keeps no finer time).
/// </summary>
internal sealed class SimulatorTimeProvider(AutoScalingSimulator simulator) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => simulator.Environment.Start + simulator.Now;

    public override long GetTimestamp() => simulator.Now.Ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(simulator, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class VirtualTimer(AutoScalingSimulator simulator, TimerCallback callback, object? state) : ITimer
    {
        private long _version;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;
        private bool _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed)
            {
                return false;
            }

            var version = ++_version;
            _period = period;
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
                ScheduleAfter(dueTime, version);
            }

            return true;
        }

        public void Dispose()
        {
            _disposed = true;
            _version++;
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void ScheduleAfter(TimeSpan delay, long version) =>
            simulator.ScheduleAt(checked(simulator.NowSeconds + (long)Math.Ceiling(delay.TotalSeconds)), _ => Fire(version));

        private void Fire(long version)
        {
            if (version != _version || _disposed)
            {
                return; // changed or disposed since
            }

            if (_period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
            {
                // At least a second apart, or a zero period would fire for ever within one second.
                ScheduleAfter(_period < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : _period, version);
            }

            callback(state);
        }
    }
}
