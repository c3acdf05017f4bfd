using System.Diagnostics.CodeAnalysis;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Core.CodeDeploy.Execution;

/// <summary>Who is deploying what: the values scripts see as environment variables (reference §4.5).</summary>
public sealed record DeploymentContext
{
    /// <summary>DEPLOYMENT_ID.</summary>
    public required string DeploymentId { get; init; }

    /// <summary>APPLICATION_NAME.</summary>
    public string ApplicationName { get; init; } = "LocalApplication";

    /// <summary>DEPLOYMENT_GROUP_NAME.</summary>
    public string DeploymentGroupName { get; init; } = "LocalFleet";

    /// <summary>DEPLOYMENT_GROUP_ID.</summary>
    public string DeploymentGroupId { get; init; } = "default-local-deployment-group";

    /// <summary>BUNDLE_BUCKET, BUNDLE_KEY, BUNDLE_VERSION, BUNDLE_ETAG or BUNDLE_COMMIT, where the revision has them.</summary>
    public IReadOnlyDictionary<string, string> BundleVariables { get; init; } = new Dictionary<string, string>();
}

/// <summary>One script to run: the script, its event, which revision it comes from, and the deployment.</summary>
public sealed record ScriptInvocation
{
    [SetsRequiredMembers]
    internal ScriptInvocation(HookScript script, LifecycleEventName lifecycleEvent, RevisionSource revision, DeploymentContext deployment)
    {
        Script = script;
        LifecycleEvent = lifecycleEvent;
        Revision = revision;
        Deployment = deployment;
    }

    /// <summary>Creates one; the compiler asks for the required members.</summary>
    public ScriptInvocation()
    {
    }

    /// <summary>Location, timeout and runas as the AppSpec gives them.</summary>
    public required HookScript Script { get; init; }

    /// <summary>The event it runs in (LIFECYCLE_EVENT).</summary>
    public required LifecycleEventName LifecycleEvent { get; init; }

    /// <summary>Which revision's files the location refers to.</summary>
    public required RevisionSource Revision { get; init; }

    /// <summary>The deployment.</summary>
    public required DeploymentContext Deployment { get; init; }
}

/// <summary>How a script ended. Executors return this; they do not throw for a failed script.</summary>
public sealed record ScriptOutcome
{
    [SetsRequiredMembers]
    internal ScriptOutcome(HookFailureCode failure, int? exitCode, string message, string outputTail = "")
    {
        Failure = failure;
        ExitCode = exitCode;
        Message = message;
        OutputTail = outputTail;
    }

    /// <summary>Creates one; the compiler asks for the required members.</summary>
    public ScriptOutcome()
    {
    }

    /// <summary>None on success, else why it failed.</summary>
    public required HookFailureCode Failure { get; init; }

    /// <summary>The exit code, when the script exited.</summary>
    public int? ExitCode { get; init; }

    /// <summary>What happened, in the agent's words where it has them.</summary>
    public required string Message { get; init; }

    /// <summary>The last part of the script's output (bounded by the executor).</summary>
    public string OutputTail { get; init; } = "";

    /// <summary>True when the script succeeded.</summary>
    public bool Succeeded => Failure == HookFailureCode.None;

    /// <summary>A success with exit code 0.</summary>
    /// <param name="outputTail">The last part of the script's output.</param>
    /// <returns>The outcome.</returns>
    public static ScriptOutcome Success(string outputTail = "") => new(HookFailureCode.None, 0, "Succeeded", outputTail);

    /// <summary>A failure.</summary>
    /// <param name="failure">Why it failed; not <see cref="HookFailureCode.None"/>.</param>
    /// <param name="exitCode">The exit code, when the script exited.</param>
    /// <param name="message">What happened, in the agent's words where it has them.</param>
    /// <param name="outputTail">The last part of the script's output.</param>
    /// <returns>The outcome.</returns>
    public static ScriptOutcome Failed(HookFailureCode failure, int? exitCode, string message, string outputTail = "")
    {
        if (failure == HookFailureCode.None)
        {
            throw new ArgumentException("A failed outcome needs a failure code; use Success for a script that succeeded.", nameof(failure));
        }

        return new(failure, exitCode, message, outputTail);
    }
}

/// <summary>
/// Runs hook scripts. Implementations return an outcome for every script, failed ones included, and honour the
/// cancellation token: the engine cancels it at the script's timeout (and when the caller cancels). A script that
/// returns after the token fired for the timeout is reported as timed out.
/// </summary>
public interface IHookScriptExecutor
{
    /// <summary>Runs one script.</summary>
    /// <param name="invocation">The script and its context.</param>
    /// <param name="cancellationToken">Fires at the script's timeout or when the deployment is cancelled.</param>
    /// <returns>How the script ended.</returns>
    ValueTask<ScriptOutcome> ExecuteAsync(ScriptInvocation invocation, CancellationToken cancellationToken);
}

/// <summary>One ECS or Lambda hook to invoke: the function receives these ids and reports its status (reference §7.4).</summary>
public sealed record FunctionHookInvocation
{
    [SetsRequiredMembers]
    internal FunctionHookInvocation(LifecycleEventName lifecycleEvent, string functionName, string deploymentId, string lifecycleEventHookExecutionId)
    {
        LifecycleEvent = lifecycleEvent;
        FunctionName = functionName;
        DeploymentId = deploymentId;
        LifecycleEventHookExecutionId = lifecycleEventHookExecutionId;
    }

    /// <summary>Creates one; the compiler asks for the required members.</summary>
    public FunctionHookInvocation()
    {
    }

    /// <summary>The event.</summary>
    public required LifecycleEventName LifecycleEvent { get; init; }

    /// <summary>The function's name or ARN.</summary>
    public required string FunctionName { get; init; }

    /// <summary>The deployment id the function reports against.</summary>
    public required string DeploymentId { get; init; }

    /// <summary>The id it reports with PutLifecycleEventHookExecutionStatus.</summary>
    public required string LifecycleEventHookExecutionId { get; init; }
}

/// <summary>
/// Invokes ECS and Lambda hook functions: invoke, then wait for the function's Succeeded or Failed, within the
/// hour CodeDeploy allows (the engine cancels the token then). Plug in an AWS call, or a test double.
/// </summary>
public interface IFunctionHookInvoker
{
    /// <summary>Invokes a hook function and waits for its status.</summary>
    /// <param name="invocation">The function and the ids it reports with.</param>
    /// <param name="cancellationToken">Fires after an hour or when the deployment is cancelled.</param>
    /// <returns>Success, or ScriptFailed with the function's message.</returns>
    ValueTask<ScriptOutcome> InvokeAsync(FunctionHookInvocation invocation, CancellationToken cancellationToken);
}

/// <summary>
/// Carries out the events reserved for CodeDeploy (DownloadBundle, Install, BlockTraffic, ...), such as installing
/// the revision's files at Install. Without one, reserved events succeed at once.
/// </summary>
public interface IReservedEventRunner
{
    /// <summary>Carries out a reserved event.</summary>
    /// <param name="lifecycleEvent">The event name.</param>
    /// <param name="deployment">The deployment.</param>
    /// <param name="cancellationToken">Fires when the deployment is cancelled.</param>
    /// <returns>How it went.</returns>
    ValueTask<ScriptOutcome> RunAsync(LifecycleEventName lifecycleEvent, DeploymentContext deployment, CancellationToken cancellationToken);
}
