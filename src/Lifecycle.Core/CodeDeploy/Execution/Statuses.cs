using System.Text.Json.Serialization;

namespace Lifecycle.Core.CodeDeploy.Execution;

/// <summary>A lifecycle event's status, with the values of CodeDeploy's LifecycleEventStatus.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LifecycleEventStatus>))]
public enum LifecycleEventStatus
{
    /// <summary>Not started yet.</summary>
    Pending,

    /// <summary>Running.</summary>
    InProgress,

    /// <summary>Every script (or the function) succeeded, or there was nothing to run.</summary>
    Succeeded,

    /// <summary>A script or function failed, timed out or was cancelled.</summary>
    Failed,

    /// <summary>Not run because the deployment failed or stopped before it.</summary>
    Skipped,
}

/// <summary>A deployment's final status, with the values of CodeDeploy's DeploymentStatus.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeploymentStatus>))]
public enum DeploymentStatus
{
    /// <summary>Every event succeeded (or failed where failures are ignored).</summary>
    Succeeded,

    /// <summary>An event failed.</summary>
    Failed,

    /// <summary>Cancelled by the caller.</summary>
    Stopped,
}

/// <summary>
/// Why a script did not succeed, with the CodeDeploy agent's error codes (reference §4.7: 1 ScriptMissing,
/// 2 ScriptNotExecutable, 3 ScriptTimedOut, 4 ScriptFailed, 5 UnknownError, 6 OutputsLeftOpen).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<HookFailureCode>))]
public enum HookFailureCode
{
    /// <summary>The script succeeded.</summary>
    None = 0,

    /// <summary>No file at the script's location in the revision.</summary>
    ScriptMissing = 1,

    /// <summary>The script is not executable and could not be made so.</summary>
    ScriptNotExecutable = 2,

    /// <summary>The script ran past its timeout and was killed.</summary>
    ScriptTimedOut = 3,

    /// <summary>The script exited with a non-zero code, or could not be started.</summary>
    ScriptFailed = 4,

    /// <summary>Anything else, cancellation included.</summary>
    UnknownError = 5,

    /// <summary>The script exited but a process it started still holds its output open.</summary>
    OutputsLeftOpen = 6,
}
