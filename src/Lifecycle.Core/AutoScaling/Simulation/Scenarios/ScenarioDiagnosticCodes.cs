namespace Lifecycle.Core.AutoScaling.Simulation.Scenarios;

/// <summary>
/// The stable diagnostic codes of simulation scenarios (docs/simulation.md). A hook in a scenario is checked by
/// the PutLifecycleHook rules and keeps their ASH codes. SIM0xx are about reading the document (the same numbers
/// mean the same in the APP and ASH families), SIM1xx the scenario's own rules.
/// </summary>
public static class ScenarioDiagnosticCodes
{
    /// <summary>The text is not readable YAML or JSON.</summary>
    public const string Syntax = "SIM001";

    /// <summary>The document is past the size, depth or node bounds the reader accepts.</summary>
    public const string DocumentTooLarge = "SIM002";

    /// <summary>A value has the wrong type, such as a list where a mapping belongs or text where a number belongs.</summary>
    public const string WrongType = "SIM006";

    /// <summary>A key the scenario format does not have.</summary>
    public const string UnknownKey = "SIM007";

    /// <summary>Warning: a key given twice in one mapping; the last one counts.</summary>
    public const string DuplicateKey = "SIM008";

    /// <summary>A required key is missing or empty.</summary>
    public const string Required = "SIM104";

    /// <summary>A step's time is before the step above it, or <c>until</c> is before the last step.</summary>
    public const string TimeGoesBackwards = "SIM105";

    /// <summary>A step names no action, or more than one.</summary>
    public const string StepAction = "SIM106";

    /// <summary>A number is out of its range, such as a negative time.</summary>
    public const string OutOfRange = "SIM107";

    /// <summary>A heartbeat or completion names neither an instance nor a token, or both.</summary>
    public const string ActionTarget = "SIM108";

    /// <summary>A <c>launchIntoWarmPool</c> step in a scenario whose group has no <c>warmPool</c>.</summary>
    public const string WarmPoolRequired = "SIM109";

    /// <summary>The steps launch more instances in all than <see cref="ScenarioLimits.MaxInstances"/>; refused before the run.</summary>
    public const string TooManyInstances = "SIM110";

    /// <summary>The run passed the most events it may have (<c>simulate --max-events</c>) and was stopped there.</summary>
    public const string EventLimit = "SIM111";
}
