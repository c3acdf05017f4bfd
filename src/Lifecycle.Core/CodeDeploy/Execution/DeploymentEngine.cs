using System.Globalization;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Core.CodeDeploy.Execution;

/// <summary>Options of one deployment run.</summary>
public sealed record DeploymentRunOptions
{
    /// <summary>The defaults: failures stop the deployment, no automatic rollback.</summary>
    public static DeploymentRunOptions Default { get; } = new();

    /// <summary>
    /// ignoreApplicationStopFailures: a failure of ApplicationStop, BeforeBlockTraffic or AfterBlockTraffic is recorded
    /// and the deployment goes on (reference §7.5).
    /// </summary>
    public bool IgnoreApplicationStopFailures { get; init; }

    /// <summary>Automatic rollback: the plan of the last good revision's rollback deployment, run when this one fails.</summary>
    public DeploymentPlan? RollbackPlan { get; init; }

    /// <summary>
    /// Runs the rollback's scripts: the rollback deploys another revision, so an executor that resolves scripts in
    /// revision folders needs that revision's (and, for ApplicationStop, the failed one's). Null to use the engine's.
    /// </summary>
    public IHookScriptExecutor? RollbackExecutor { get; init; }

    /// <summary>The rollback deployment's id; by default the deployment's id with <c>-rollback</c> added.</summary>
    public string? RollbackDeploymentId { get; init; }

    /// <summary>How long an ECS or Lambda hook function has to report its status (one hour, reference §7.4).</summary>
    public TimeSpan FunctionHookTimeout { get; init; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Runs a <see cref="DeploymentPlan"/> through pluggable executors, as the CodeDeploy agent and service do
/// (reference §4.1, §4.6, §4.7, §7.5): events in order; scripts of an event in order; the first failure stops the
/// event and the deployment; a script past its timeout fails; ignoreApplicationStopFailures lets the stop and
/// block-traffic events fail; cancellation stops cleanly; with a rollback plan, a failure runs the rollback as a new
/// deployment. The engine never sleeps and reads no clock but the <see cref="TimeProvider"/> it is given.
/// </summary>
public sealed class DeploymentEngine
{
    private static readonly LifecycleEventName[] StopFailureEvents = [LifecycleEventName.ApplicationStop, LifecycleEventName.BeforeBlockTraffic, LifecycleEventName.AfterBlockTraffic];

    // Past this the timeout is treated as none (a CancellationTokenSource cannot wait longer than about 49 days).
    private static readonly TimeSpan LongestTimeout = TimeSpan.FromDays(30);

    private readonly IHookScriptExecutor _scripts;
    private readonly TimeProvider _time;
    private readonly IFunctionHookInvoker? _functions;
    private readonly IReservedEventRunner? _reserved;

    /// <summary>Creates an engine.</summary>
    /// <param name="scripts">Runs EC2/On-Premises hook scripts.</param>
    /// <param name="timeProvider">The clock for timeouts and timings (<c>TimeProvider.System</c> in production, a fake in tests).</param>
    /// <param name="functions">Invokes ECS and Lambda hook functions; needed only for those platforms.</param>
    /// <param name="reserved">Carries out reserved events such as Install; without it they succeed at once.</param>
    public DeploymentEngine(IHookScriptExecutor scripts, TimeProvider timeProvider, IFunctionHookInvoker? functions = null, IReservedEventRunner? reserved = null)
    {
        _scripts = scripts ?? throw new ArgumentNullException(nameof(scripts));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _functions = functions;
        _reserved = reserved;
    }

    /// <summary>Runs a deployment.</summary>
    /// <param name="plan">The events to run.</param>
    /// <param name="context">The deployment's ids and names.</param>
    /// <param name="options">ignoreApplicationStopFailures, automatic rollback, function timeout.</param>
    /// <param name="progress">Told of each step as it happens; may be null.</param>
    /// <param name="cancellationToken">Stops the deployment: the running script is cancelled, the rest skipped.</param>
    /// <returns>What happened, event by event, and the rollback if one ran.</returns>
    public async Task<DeploymentResult> RunAsync(
        DeploymentPlan plan, DeploymentContext context, DeploymentRunOptions? options = null, IProgress<DeploymentEvent>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(context);
        options ??= DeploymentRunOptions.Default;
        if (plan.Platform != ComputePlatform.Server && _functions is null && plan.Events.Any(e => e.FunctionName is not null))
        {
            throw new InvalidOperationException("This plan invokes hook functions (ECS or Lambda): give the engine an IFunctionHookInvoker.");
        }

        var result = await RunOneAsync(_scripts, plan, context, options, progress, cancellationToken).ConfigureAwait(false);
        if (result.Status == DeploymentStatus.Failed && options.RollbackPlan is { } rollbackPlan)
        {
            var rollbackContext = context with { DeploymentId = options.RollbackDeploymentId ?? context.DeploymentId + "-rollback" };
            var rollback = await RunOneAsync(options.RollbackExecutor ?? _scripts, rollbackPlan, rollbackContext, options, progress, cancellationToken).ConfigureAwait(false);
            result = result with { Rollback = rollback };
        }

        return result;
    }

    private async Task<DeploymentResult> RunOneAsync(
        IHookScriptExecutor scripts, DeploymentPlan plan, DeploymentContext context, DeploymentRunOptions options, IProgress<DeploymentEvent>? progress, CancellationToken cancellationToken)
    {
        var started = _time.GetUtcNow();
        progress?.Report(new DeploymentStarted(context.DeploymentId, _time.GetUtcNow()));
        var results = new List<EventResult>(plan.Events.Count);
        var status = DeploymentStatus.Succeeded;
        foreach (var planned in plan.Events)
        {
            if (status == DeploymentStatus.Succeeded && cancellationToken.IsCancellationRequested)
            {
                status = DeploymentStatus.Stopped; // stopped between events: the rest are skipped, whatever the executor does with the token
            }

            if (status != DeploymentStatus.Succeeded)
            {
                results.Add(new EventResult(planned.Name, LifecycleEventStatus.Skipped, [], null, null));
                progress?.Report(new LifecycleEventCompleted(context.DeploymentId, _time.GetUtcNow(), planned.Name, LifecycleEventStatus.Skipped));
                continue;
            }

            var eventResult = await RunEventAsync(scripts, planned, context, options, progress, cancellationToken).ConfigureAwait(false);
            if (eventResult.Status == LifecycleEventStatus.Failed)
            {
                var ignored = options.IgnoreApplicationStopFailures && Array.IndexOf(StopFailureEvents, planned.Name) >= 0 && !cancellationToken.IsCancellationRequested;
                eventResult = eventResult with { FailureIgnored = ignored };
                if (!ignored)
                {
                    status = cancellationToken.IsCancellationRequested ? DeploymentStatus.Stopped : DeploymentStatus.Failed;
                }
            }

            results.Add(eventResult);
            progress?.Report(new LifecycleEventCompleted(context.DeploymentId, _time.GetUtcNow(), planned.Name, eventResult.Status));
        }

        var ended = _time.GetUtcNow();
        progress?.Report(new DeploymentCompleted(context.DeploymentId, ended, status));
        return new DeploymentResult { DeploymentId = context.DeploymentId, Status = status, Events = results, Started = started, Ended = ended };
    }

    private async Task<EventResult> RunEventAsync(
        IHookScriptExecutor executor, PlannedEvent planned, DeploymentContext context, DeploymentRunOptions options, IProgress<DeploymentEvent>? progress, CancellationToken cancellationToken)
    {
        var started = _time.GetUtcNow();
        progress?.Report(new LifecycleEventStarted(context.DeploymentId, started, planned.Name));
        var scripts = new List<ScriptResult>();
        var failure = HookFailureCode.None;
        if (!planned.Event.Scriptable)
        {
            if (_reserved is not null)
            {
                var outcome = await Guard(() => _reserved.RunAsync(planned.Name, context, cancellationToken), cancellationToken).ConfigureAwait(false);
                failure = outcome.Failure;
                if (!outcome.Succeeded)
                {
                    scripts.Add(new ScriptResult(new HookScript(planned.Name.Value, ScriptTimeout.Default, null), outcome, _time.GetUtcNow() - started));
                }
            }
        }
        else if (planned.FunctionName is { } function)
        {
            var invocation = new FunctionHookInvocation(planned.Name, function, context.DeploymentId, $"{context.DeploymentId}:{planned.Name}");
            var result = await RunTimedAsync(new HookScript(function, ScriptTimeout.FromSeconds(Math.Max(1, (long)options.FunctionHookTimeout.TotalSeconds)), null),
                token => _functions!.InvokeAsync(invocation, token), cancellationToken).ConfigureAwait(false);
            scripts.Add(result);
            failure = result.Outcome.Failure;
            progress?.Report(new ScriptCompleted(context.DeploymentId, _time.GetUtcNow(), planned.Name, result));
        }
        else
        {
            foreach (var script in planned.Scripts)
            {
                var invocation = new ScriptInvocation(script, planned.Name, planned.Event.Revision ?? RevisionSource.Current, context);
                var result = await RunTimedAsync(script, token => executor.ExecuteAsync(invocation, token), cancellationToken).ConfigureAwait(false);
                scripts.Add(result);
                progress?.Report(new ScriptCompleted(context.DeploymentId, _time.GetUtcNow(), planned.Name, result));
                if (!result.Outcome.Succeeded)
                {
                    failure = result.Outcome.Failure;
                    break; // §4.1: the first failure stops the event; the remaining scripts do not run.
                }
            }
        }

        var status = failure == HookFailureCode.None ? LifecycleEventStatus.Succeeded : LifecycleEventStatus.Failed;
        return new EventResult(planned.Name, status, scripts, started, _time.GetUtcNow(), failure);
    }

    // One script or function under its own timeout (§4.6), measured by the engine's clock.
    private async Task<ScriptResult> RunTimedAsync(HookScript script, Func<CancellationToken, ValueTask<ScriptOutcome>> run, CancellationToken cancellationToken)
    {
        var timeout = script.Timeout.Duration < LongestTimeout ? script.Timeout.Duration : LongestTimeout;
        using var timer = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        var started = _time.GetTimestamp();
        var outcome = await Guard(() => run(linked.Token), linked.Token).ConfigureAwait(false);
        // A failure the executor did not classify, at the deadline, is the timeout; one it did classify (such as
        // output left open, which shares the deadline, §4.6) keeps its own code.
        if (outcome.Failure == HookFailureCode.UnknownError && timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            outcome = outcome with
            {
                Failure = HookFailureCode.ScriptTimedOut,
                Message = string.Create(CultureInfo.InvariantCulture, $"Script at specified location: {script.Location} failed to complete in {script.Timeout.Seconds} seconds"),
            };
        }
        else if (!outcome.Succeeded && cancellationToken.IsCancellationRequested)
        {
            outcome = outcome with { Failure = HookFailureCode.UnknownError, Message = $"The deployment was stopped while {script.Location} was running." };
        }

        return new ScriptResult(script, outcome, _time.GetElapsedTime(started));
    }

    // Executors should return outcomes; one that throws still fails only its script.
    private static async Task<ScriptOutcome> Guard(Func<ValueTask<ScriptOutcome>> run, CancellationToken token)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return new ScriptOutcome(HookFailureCode.UnknownError, null, "Cancelled.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ScriptOutcome(HookFailureCode.UnknownError, null, $"The executor failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
