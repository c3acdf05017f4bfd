using Lifecycle.Core.CodeDeploy.Execution;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>Records every script it is asked to run and answers from a script (by location) to an outcome.</summary>
internal sealed class RecordingExecutor : IHookScriptExecutor
{
    private readonly Dictionary<string, Func<ScriptInvocation, CancellationToken, ValueTask<ScriptOutcome>>> _behaviours = new(StringComparer.Ordinal);

    public List<ScriptInvocation> Calls { get; } = [];

    /// <summary>Makes a script fail with an exit code.</summary>
    public RecordingExecutor Failing(string location, int exitCode = 1)
    {
        _behaviours[location] = (_, _) => ValueTask.FromResult(ScriptOutcome.Failed(HookFailureCode.ScriptFailed, exitCode,
            $"Script at specified location: {location} failed with exit code {exitCode}"));
        return this;
    }

    /// <summary>Makes a script hang until it is cancelled, as a stuck process would.</summary>
    public RecordingExecutor Hanging(string location, TaskCompletionSource? started = null)
    {
        _behaviours[location] = async (_, token) =>
        {
            started?.TrySetResult();
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (token.Register(() => done.TrySetResult()))
            {
                await done.Task;
            }

            return ScriptOutcome.Failed(HookFailureCode.UnknownError, null, "killed");
        };
        return this;
    }

    /// <summary>Makes a script throw, as a broken executor would.</summary>
    public RecordingExecutor Throwing(string location)
    {
        _behaviours[location] = (_, _) => throw new InvalidOperationException("boom");
        return this;
    }

    public ValueTask<ScriptOutcome> ExecuteAsync(ScriptInvocation invocation, CancellationToken cancellationToken)
    {
        lock (Calls)
        {
            Calls.Add(invocation);
        }

        return _behaviours.TryGetValue(invocation.Script.Location, out var behaviour)
            ? behaviour(invocation, cancellationToken)
            : ValueTask.FromResult(ScriptOutcome.Success("ok"));
    }
}
