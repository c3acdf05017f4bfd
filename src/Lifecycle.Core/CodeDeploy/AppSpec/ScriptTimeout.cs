using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// How long the agent lets a hook's script run before it fails the event with ScriptTimedOut: a whole number of
/// seconds above zero, 3600 when the AppSpec gives none (reference §2.4, §4.6). The AppSpec's <c>timeout</c> key,
/// as seconds. <c>default(ScriptTimeout)</c> is <see cref="Default"/>, 3600 seconds.
/// </summary>
[JsonConverter(typeof(ScriptTimeoutJsonConverter))]
public readonly record struct ScriptTimeout : IComparable<ScriptTimeout>
{
    /// <summary>The timeout of a script whose AppSpec entry gives none, in seconds.</summary>
    public const long DefaultSeconds = 3600;

    // Stored relative to the default so that default(ScriptTimeout) means 3600 seconds, a valid value.
    private readonly long _secondsFromDefault;

    private ScriptTimeout(long seconds) => _secondsFromDefault = seconds - DefaultSeconds;

    /// <summary>The agent's default, 3600 seconds.</summary>
    public static ScriptTimeout Default => default;

    /// <summary>The timeout in whole seconds, as the AppSpec writes it.</summary>
    public long Seconds => DefaultSeconds + _secondsFromDefault;

    /// <summary>The timeout as a <see cref="TimeSpan"/> (<see cref="TimeSpan.MaxValue"/> for a timeout longer than a TimeSpan holds).</summary>
    public TimeSpan Duration => Seconds >= (long)TimeSpan.MaxValue.TotalSeconds ? TimeSpan.MaxValue : TimeSpan.FromSeconds(Seconds);

    /// <summary>Makes a timeout from user input without throwing.</summary>
    /// <param name="seconds">The candidate timeout in seconds.</param>
    /// <param name="timeout">The timeout, when <paramref name="seconds"/> is above zero.</param>
    /// <returns>True when <paramref name="seconds"/> is at least 1.</returns>
    public static bool TryFromSeconds(long seconds, out ScriptTimeout timeout)
    {
        var valid = seconds >= 1;
        timeout = valid ? new ScriptTimeout(seconds) : default;
        return valid;
    }

    /// <summary>Creates a timeout a program knows to be valid.</summary>
    /// <param name="seconds">The timeout in seconds, at least 1.</param>
    /// <returns>The timeout.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public static ScriptTimeout FromSeconds(long seconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seconds, 1);
        return new ScriptTimeout(seconds);
    }

    /// <inheritdoc />
    public int CompareTo(ScriptTimeout other) => Seconds.CompareTo(other.Seconds);

    /// <summary>Compares two timeouts.</summary>
    public static bool operator <(ScriptTimeout left, ScriptTimeout right) => left.CompareTo(right) < 0;

    /// <summary>Compares two timeouts.</summary>
    public static bool operator >(ScriptTimeout left, ScriptTimeout right) => left.CompareTo(right) > 0;

    /// <summary>Compares two timeouts.</summary>
    public static bool operator <=(ScriptTimeout left, ScriptTimeout right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two timeouts.</summary>
    public static bool operator >=(ScriptTimeout left, ScriptTimeout right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Seconds}s");
}

/// <summary>A script timeout as the AppSpec writes it: a whole number of seconds above zero.</summary>
internal sealed class ScriptTimeoutJsonConverter : JsonConverter<ScriptTimeout>
{
    public override ScriptTimeout Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var seconds) && ScriptTimeout.TryFromSeconds(seconds, out var timeout)
            ? timeout
            : throw new JsonException("timeout is a whole number of seconds above zero (APP108).");

    public override void Write(Utf8JsonWriter writer, ScriptTimeout value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Seconds);
}
