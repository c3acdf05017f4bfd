using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Lifecycle.Core.CodeDeploy.AppSpec.Server;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// The <c>mode</c> of a permissions entry as the agent applies it: three or four octal digits, such as <c>644</c> or
/// <c>2775</c> (a shorter one is padded with zeros on the left, as the agent pads it: <c>44</c> is <c>044</c>).
/// The <c>default</c> value is empty and is no mode.
/// </summary>
[JsonConverter(typeof(ParsableJsonConverter<PermissionMode>))]
public readonly record struct PermissionMode : IParsable<PermissionMode>
{
    private readonly string? _value;

    private PermissionMode(string value) => _value = value;

    /// <summary>The mode's digits, as the agent applies them.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The mode as .NET's <see cref="UnixFileMode"/> (permission and special bits).</summary>
    public UnixFileMode ToUnixFileMode() => Value.Length == 0 ? UnixFileMode.None : (UnixFileMode)Convert.ToInt32(Value, 8);

    /// <summary>Reads a mode, as <see cref="IParsable{TSelf}"/> does.</summary>
    /// <param name="s">The mode's digits, such as <c>644</c>.</param>
    /// <returns>The mode.</returns>
    /// <exception cref="DiagnosticFormatException">Too many digits (APP116), or a character other than 0 to 7 (APP117).</exception>
    public static PermissionMode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var (mode, tooLong, bad) = s.Length == 0 ? (null, null, ' ') : ModeRule.Check(s);
        return mode is not null ? new PermissionMode(mode)
            : throw new DiagnosticFormatException([tooLong is not null
                ? new Diagnostic(AppSpecDiagnosticCodes.ModeTooLong, DiagnosticSeverity.Error,
                    $"mode {s} is {tooLong.Length} digits long, but a mode has one to four octal digits, such as 644 or 2775.", "mode")
                : new Diagnostic(AppSpecDiagnosticCodes.ModeInvalidCharacter, DiagnosticSeverity.Error,
                    $"mode {s} has the character '{bad}', but a mode has only the digits 0 to 7, such as 644.", "mode")]);
    }

    /// <summary>Reads a mode without throwing.</summary>
    /// <param name="s">The candidate digits.</param>
    /// <param name="result">The mode, when <paramref name="s"/> is one.</param>
    /// <returns>True when <paramref name="s"/> is one to four octal digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PermissionMode result)
    {
        var mode = string.IsNullOrEmpty(s) ? null : ModeRule.Check(s).Mode;
        result = mode is null ? default : new PermissionMode(mode);
        return mode is not null;
    }

    static PermissionMode IParsable<PermissionMode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<PermissionMode>.TryParse(string? s, IFormatProvider? provider, out PermissionMode result) => TryParse(s, out result);

    /// <summary>Wraps digits the reader has checked with the same rule.</summary>
    internal static PermissionMode FromValidated(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
