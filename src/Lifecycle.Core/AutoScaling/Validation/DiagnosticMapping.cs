using FluentValidation;
using FluentValidation.Results;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Validation;

/// <summary>Turns FluentValidation's results into the SDK's own <see cref="Diagnostic"/>s.</summary>
internal static class DiagnosticMapping
{
    public static IReadOnlyList<Diagnostic> ToDiagnostics(this ValidationResult result, string? path = null)
    {
        if (result.IsValid && result.Errors.Count == 0)
        {
            return [];
        }

        var diagnostics = new List<Diagnostic>(result.Errors.Count);
        foreach (var failure in result.Errors)
        {
            diagnostics.Add(new Diagnostic(
                failure.ErrorCode,
                ToSeverity(failure.Severity),
                failure.ErrorMessage,
                path ?? failure.PropertyName));
        }

        return diagnostics;
    }

    private static DiagnosticSeverity ToSeverity(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
