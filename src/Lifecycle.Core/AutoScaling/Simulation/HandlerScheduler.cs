using System.Collections.Concurrent;

namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>
/// Where handlers' async continuations run: the synchronization context while a handler runs, so that whatever it
/// awaits resumes on the simulator's own turn (never on another thread in the middle of an operation), in the order
/// it became ready. The simulator drains it after each operation, timer and deadline.
/// </summary>
internal sealed class HandlerScheduler : SynchronizationContext
{
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _ready = new();

    public override void Post(SendOrPostCallback d, object? state) => _ready.Enqueue((d, state));

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>True when no continuation waits to run.</summary>
    public bool IsIdle => _ready.IsEmpty;

    public bool TryRunOne()
    {
        if (!_ready.TryDequeue(out var work))
        {
            return false;
        }

        work.Callback(work.State);
        return true;
    }

    /// <summary>Runs <paramref name="work"/> with this as the current context, and restores the caller's.</summary>
    public void RunInside<TState>(Action<TState> work, TState state)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            work(state);
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
