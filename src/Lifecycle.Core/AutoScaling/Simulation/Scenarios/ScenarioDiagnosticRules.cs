using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Simulation.Scenarios;

/// <summary>The rules behind <see cref="ScenarioDiagnosticCodes"/>: a title, a description and a default severity each (simulation.md).</summary>
internal static class ScenarioDiagnosticRules
{
    public const string Page = "simulation.md";

    public static readonly DiagnosticRule[] All =
    [
        new(ScenarioDiagnosticCodes.Syntax, DiagnosticSeverity.Error, "The text is not readable YAML or JSON",
            "The text is not readable YAML or JSON."),
        new(ScenarioDiagnosticCodes.DocumentTooLarge, DiagnosticSeverity.Error, "The document is past the size, depth or node bounds the reader accepts",
            "The document is past the size, depth or node bounds the reader accepts."),
        new(ScenarioDiagnosticCodes.WrongType, DiagnosticSeverity.Error, "A value has the wrong type, such as a list where a mapping belongs or text where a number belongs",
            "A value has the wrong type, such as a list where a mapping belongs or text where a number belongs."),
        new(ScenarioDiagnosticCodes.UnknownKey, DiagnosticSeverity.Error, "A key the scenario format does not have",
            "A key the scenario format does not have."),
        new(ScenarioDiagnosticCodes.DuplicateKey, DiagnosticSeverity.Warning, "A key given twice in one mapping; the last one counts",
            "A key given twice in one mapping; the last one counts."),
        new(ScenarioDiagnosticCodes.Required, DiagnosticSeverity.Error, "A required key is missing or empty",
            "A required key is missing or empty."),
        new(ScenarioDiagnosticCodes.TimeGoesBackwards, DiagnosticSeverity.Error, "A step's time is before the step above it, or until is before the last step",
            "A step's time is before the step above it, or until is before the last step."),
        new(ScenarioDiagnosticCodes.StepAction, DiagnosticSeverity.Error, "A step names no action, or more than one",
            "A step names no action, or more than one."),
        new(ScenarioDiagnosticCodes.OutOfRange, DiagnosticSeverity.Error, "A number is out of its range, such as a negative time",
            "A number is out of its range, such as a negative time."),
        new(ScenarioDiagnosticCodes.ActionTarget, DiagnosticSeverity.Error, "A heartbeat or completion names neither an instance nor a token, or both",
            "A heartbeat or completion names neither an instance nor a token, or both."),
        new(ScenarioDiagnosticCodes.WarmPoolRequired, DiagnosticSeverity.Error, "A launchIntoWarmPool step in a scenario whose group has no warmPool",
            "A launchIntoWarmPool step in a scenario whose group has no warmPool."),
        new(ScenarioDiagnosticCodes.TooManyInstances, DiagnosticSeverity.Error, "The steps launch more instances in all than a scenario may",
            "The steps launch more instances in all than ScenarioLimits.MaxInstances (10,000); refused before the run."),
        new(ScenarioDiagnosticCodes.EventLimit, DiagnosticSeverity.Error, "The run passed the most events it may have and was stopped",
            "The run passed the most events it may have (1,000,000 unless --max-events says otherwise) and was stopped there."),
    ];
}
