using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// How long an instance stays in a wait state before the hook's default result applies, unless a heartbeat
/// restarts the wait: 30 to 7200 seconds, 3600 when not given (reference §1.2, §2.3). It also fixes the
/// hook's <see cref="GlobalTimeout"/>. <c>default(HeartbeatTimeout)</c> is <see cref="Default"/>, 3600 seconds.
/// </summary>
[JsonConverter(typeof(HeartbeatTimeoutJsonConverter))]
public readonly record struct HeartbeatTimeout : IComparable<HeartbeatTimeout>
{
    /// <summary>The shortest heartbeat timeout, in seconds.</summary>
    public const int MinSeconds = 30;

    /// <summary>The longest heartbeat timeout, in seconds.</summary>
    public const int MaxSeconds = 7200;

    /// <summary>The heartbeat timeout when a request gives none, in seconds.</summary>
    public const int DefaultSeconds = 3600;

    /// <summary>The cap on the global timeout: 48 hours, in seconds.</summary>
    public const int MaxGlobalTimeoutSeconds = 172_800;

    /// <summary>The global timeout is this many heartbeat timeouts, up to <see cref="MaxGlobalTimeoutSeconds"/>.</summary>
    public const int GlobalTimeoutMultiplier = 100;

    // Stored relative to the default so that default(HeartbeatTimeout) means 3600 seconds, a valid value.
    private readonly int _secondsFromDefault;

    private HeartbeatTimeout(int seconds) => _secondsFromDefault = seconds - DefaultSeconds;

    /// <summary>The AWS default, 3600 seconds.</summary>
    public static HeartbeatTimeout Default => default;

    /// <summary>The shortest, 30 seconds.</summary>
    public static HeartbeatTimeout MinValue { get; } = new(MinSeconds);

    /// <summary>The longest, 7200 seconds.</summary>
    public static HeartbeatTimeout MaxValue { get; } = new(MaxSeconds);

    /// <summary>The timeout in whole seconds, as the API writes it.</summary>
    public int Seconds => DefaultSeconds + _secondsFromDefault;

    /// <summary>The timeout as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    /// <summary>
    /// The longest an instance can stay in the wait state whatever heartbeats say:
    /// min(100 x heartbeat timeout, 172800) seconds (§1.8, §2.3).
    /// </summary>
    public int GlobalTimeoutSeconds => Math.Min(GlobalTimeoutMultiplier * Seconds, MaxGlobalTimeoutSeconds);

    /// <summary><see cref="GlobalTimeoutSeconds"/> as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan GlobalTimeout => TimeSpan.FromSeconds(GlobalTimeoutSeconds);

    /// <summary>Makes a timeout from user input without throwing.</summary>
    /// <param name="seconds">The candidate timeout in seconds.</param>
    /// <param name="timeout">The timeout, when <paramref name="seconds"/> is in range.</param>
    /// <returns>True when <paramref name="seconds"/> is 30..7200.</returns>
    public static bool TryFromSeconds(int seconds, out HeartbeatTimeout timeout)
    {
        var valid = seconds is >= MinSeconds and <= MaxSeconds;
        timeout = valid ? new HeartbeatTimeout(seconds) : default;
        return valid;
    }

    /// <summary>The timeout, or the diagnostic that gives the allowed range.</summary>
    internal static Result<HeartbeatTimeout> Read(int seconds) =>
        Result.From(ScalarValidators.HeartbeatTimeout.Check(seconds), () => new HeartbeatTimeout(seconds));

    /// <summary>Creates a timeout a program knows to be in range.</summary>
    /// <param name="seconds">The timeout in seconds, 30 to 7200.</param>
    /// <returns>The timeout.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 30..7200.</exception>
    public static HeartbeatTimeout FromSeconds(int seconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seconds, MinSeconds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seconds, MaxSeconds);
        return new HeartbeatTimeout(seconds);
    }

    /// <inheritdoc />
    public int CompareTo(HeartbeatTimeout other) => Seconds.CompareTo(other.Seconds);

    /// <summary>Compares two timeouts.</summary>
    public static bool operator <(HeartbeatTimeout left, HeartbeatTimeout right) => left.CompareTo(right) < 0;

    /// <summary>Compares two timeouts.</summary>
    public static bool operator >(HeartbeatTimeout left, HeartbeatTimeout right) => left.CompareTo(right) > 0;

    /// <summary>Compares two timeouts.</summary>
    public static bool operator <=(HeartbeatTimeout left, HeartbeatTimeout right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two timeouts.</summary>
    public static bool operator >=(HeartbeatTimeout left, HeartbeatTimeout right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => $"{Seconds}s";
}
