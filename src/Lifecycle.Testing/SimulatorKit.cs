using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Testing;

/// <summary>
/// An Auto Scaling group in the simulator, for a test of a lifecycle handler: put hooks in one line, subscribe the
/// handler, drive the group, and ask <see cref="Timeline"/> what happened. Time is the simulator's virtual time;
/// the handler's <c>TimeProvider</c> is that clock.
/// </summary>
public sealed class SimulatorKit
{
    /// <summary>Creates a group with no hooks and no instances, at virtual time 0.</summary>
    /// <param name="autoScalingGroupName">The group's name; <c>web</c> when null.</param>
    /// <param name="seed">The seed of the tokens.</param>
    public SimulatorKit(string? autoScalingGroupName = null, ulong seed = 1)
    {
        Simulator = new AutoScalingSimulator(AutoScalingGroupName.Parse(autoScalingGroupName ?? "web"), seed);
        Timeline = new TimelineQuery(() => Simulator.Timeline);
    }

    /// <summary>The simulator.</summary>
    public AutoScalingSimulator Simulator { get; }

    /// <summary>Questions about what happened.</summary>
    public TimelineQuery Timeline { get; }

    /// <summary>Puts a hook on the group.</summary>
    /// <param name="lifecycleHookName">Its name.</param>
    /// <param name="transition">Launching or terminating.</param>
    /// <param name="heartbeatTimeout">Its heartbeat timeout; AWS's 3600 seconds when null.</param>
    /// <param name="defaultResult">Its DefaultResult; AWS's ABANDON when null.</param>
    /// <returns>The hook.</returns>
    /// <exception cref="LifecycleAssertionException">The service would refuse the hook; the message says why.</exception>
    public LifecycleHook PutLifecycleHook(string lifecycleHookName, LifecycleTransition transition, TimeSpan? heartbeatTimeout = null, LifecycleActionResult? defaultResult = null)
    {
        var put = Simulator.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = lifecycleHookName,
            AutoScalingGroupName = Simulator.Hooks.AutoScalingGroupName.Value,
            LifecycleTransition = transition.Value,
            HeartbeatTimeout = heartbeatTimeout is { } timeout ? checked((int)timeout.TotalSeconds) : null,
            DefaultResult = defaultResult?.Value,
        });
        return put.TryGetValue(out var hook)
            ? hook
            : throw new LifecycleAssertionException($"The hook {lifecycleHookName} was refused: {AutoScalingError.Of(put)}");
    }

    /// <summary>Scales out by one instance.</summary>
    /// <returns>The instance.</returns>
    public InstanceId LaunchOne() => Simulator.Launch(1)[0];

    /// <summary>Scales in one instance and lets virtual time run until nothing is pending.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <returns>The virtual time when the run stopped.</returns>
    /// <exception cref="LifecycleAssertionException">The instance cannot be terminated (unknown, or not in service).</exception>
    public TimeSpan TerminateAndRun(InstanceId instanceId)
    {
        var terminated = Simulator.Terminate(instanceId);
        return terminated.Succeeded
            ? Simulator.RunUntilIdle()
            : throw new LifecycleAssertionException($"{instanceId} cannot be terminated: {AutoScalingError.Of(terminated)}");
    }
}
