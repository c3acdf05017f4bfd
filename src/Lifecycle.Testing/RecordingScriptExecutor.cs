using Lifecycle.Core.CodeDeploy.Execution;

namespace Lifecycle.Testing;

/// <summary>
/// A hook-script executor for tests: it runs nothing, records every script it is asked to run, and answers each
/// with an outcome you chose by the script's location (success when you chose none). Safe to call from several
/// threads, as the engine may.
/// </summary>
public sealed class RecordingScriptExecutor : IHookScriptExecutor
{
    private readonly Dictionary<string, Func<ScriptInvocation, CancellationToken, ValueTask<ScriptOutcome>>> _answers = new(StringComparer.Ordinal);
    private readonly List<ScriptInvocation> _invocations = [];
    private readonly Dictionary<string, TaskCompletionSource> _invoked = new(StringComparer.Ordinal);

    /// <summary>Every script asked for, in order.</summary>
    public IReadOnlyList<ScriptInvocation> Invocations
    {
        get
        {
            lock (_invocations)
            {
                return [.. _invocations];
            }
        }
    }

    /// <summary>What ran, as <c>Event:location</c>, in order: <c>["BeforeInstall:scripts/install.sh", ...]</c>.</summary>
    public IReadOnlyList<string> Ran => [.. Invocations.Select(i => $"{i.LifecycleEvent}:{i.Script.Location}")];

    /// <summary>The script at <paramref name="location"/> fails as one that exits with <paramref name="exitCode"/>.</summary>
    /// <param name="location">The script's location as the AppSpec writes it.</param>
    /// <param name="exitCode">Its exit code.</param>
    /// <returns>This executor.</returns>
    public RecordingScriptExecutor Fail(string location, int exitCode = 1) => Answer(location, (_, _) =>
        ValueTask.FromResult(ScriptOutcome.Failed(HookFailureCode.ScriptFailed, exitCode, $"Script at specified location: {location} failed with exit code {exitCode}")));

    /// <summary>The script hangs until the engine cancels it (its timeout, or the deployment's cancellation), as a stuck process would.</summary>
    /// <param name="location">The script's location.</param>
    /// <returns>This executor.</returns>
    public RecordingScriptExecutor Hang(string location) => Answer(location, async (_, cancellationToken) =>
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (cancellationToken.Register(() => cancelled.TrySetResult()))
        {
            await cancelled.Task.ConfigureAwait(false);
        }

        return ScriptOutcome.Failed(HookFailureCode.UnknownError, null, $"Script at specified location: {location} was stopped");
    });

    /// <summary>The script throws, as a broken executor would; the engine reports such a script as failed.</summary>
    /// <param name="location">The script's location.</param>
    /// <param name="exception">What it throws; an <see cref="InvalidOperationException"/> when null.</param>
    /// <returns>This executor.</returns>
    public RecordingScriptExecutor Throw(string location, Exception? exception = null) =>
        Answer(location, (_, _) => throw (exception ?? new InvalidOperationException($"The executor failed on {location}.")));

    /// <summary>Completes when the engine first asks for the script: await it before advancing a clock past a timeout.</summary>
    /// <param name="location">The script's location.</param>
    /// <returns>A task that completes at the first invocation (already complete when it happened).</returns>
    public Task WhenInvoked(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        lock (_invoked)
        {
            return Signal(location).Task;
        }
    }

    /// <summary>The script's outcome is what <paramref name="answer"/> says: for anything the other answers do not cover.</summary>
    /// <param name="location">The script's location.</param>
    /// <param name="answer">Receives the invocation and the engine's token; returns the outcome.</param>
    /// <returns>This executor.</returns>
    public RecordingScriptExecutor Answer(string location, Func<ScriptInvocation, CancellationToken, ValueTask<ScriptOutcome>> answer)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(answer);
        lock (_answers)
        {
            _answers[location] = answer;
        }

        return this;
    }

    /// <inheritdoc />
    public ValueTask<ScriptOutcome> ExecuteAsync(ScriptInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        lock (_invocations)
        {
            _invocations.Add(invocation);
        }

        lock (_invoked)
        {
            Signal(invocation.Script.Location).TrySetResult();
        }

        Func<ScriptInvocation, CancellationToken, ValueTask<ScriptOutcome>>? answer;
        lock (_answers)
        {
            _answers.TryGetValue(invocation.Script.Location, out answer);
        }

        return answer is null ? ValueTask.FromResult(ScriptOutcome.Success()) : answer(invocation, cancellationToken);
    }

    private TaskCompletionSource Signal(string location)
    {
        if (!_invoked.TryGetValue(location, out var signal))
        {
            signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _invoked.Add(location, signal);
        }

        return signal;
    }
}
