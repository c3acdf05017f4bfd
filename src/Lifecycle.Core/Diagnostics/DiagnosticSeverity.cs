using System.Text.Json.Serialization;

namespace Lifecycle.Core.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info = 0,

    /// <summary>AWS accepts it, but it is probably not what was meant.</summary>
    Warning = 1,

    /// <summary>AWS refuses it, or the input cannot be read.</summary>
    Error = 2,
}
