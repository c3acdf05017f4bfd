using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Testing;

/// <summary>How one lifecycle action ended.</summary>
public enum LifecycleActionEnding
{
    /// <summary>It has not ended: the instance still waits.</summary>
    Active,

    /// <summary>CompleteLifecycleAction (or deleting its hook) ended it.</summary>
    Completed,

    /// <summary>Its heartbeat or global deadline passed, and the hook's DefaultResult applied.</summary>
    TimedOut,

    /// <summary>Another hook's ABANDON stopped it.</summary>
    Stopped,
}

/// <summary>One lifecycle action's story, told by the simulator's timeline: when it started, its heartbeats, how it ended.</summary>
public sealed record LifecycleActionHistory
{
    internal LifecycleActionHistory(LifecycleActionSnapshot started)
    {
        Started = started;
    }

    /// <summary>The action as it started: its token, instance, hook and deadlines.</summary>
    public LifecycleActionSnapshot Started { get; init; }

    /// <summary>Its token.</summary>
    public LifecycleActionToken LifecycleActionToken => Started.LifecycleActionToken;

    /// <summary>Its instance.</summary>
    public InstanceId InstanceId => Started.InstanceId;

    /// <summary>Its hook.</summary>
    public LifecycleHookName LifecycleHookName => Started.LifecycleHookName;

    /// <summary>The virtual times of its heartbeats, in order.</summary>
    public IReadOnlyList<TimeSpan> Heartbeats { get; init; } = [];

    /// <summary>How it ended, or <see cref="LifecycleActionEnding.Active"/>.</summary>
    public LifecycleActionEnding Ending { get; init; }

    /// <summary>When it ended; null while active.</summary>
    public TimeSpan? Ended { get; init; }

    /// <summary>The result it ended with (a completion's, or the DefaultResult at a timeout); null while active or when stopped.</summary>
    public LifecycleActionResult? Result { get; init; }

    /// <summary>True when the timeout was the global one (100 heartbeat timeouts, at most 48 hours).</summary>
    public bool GlobalTimeout { get; init; }
}
