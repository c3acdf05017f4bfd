namespace Lifecycle.Core.AutoScaling.Simulation.Scenarios;

/// <summary>
/// Runs a scenario: hooks first, then each step as work scheduled at its second (so a completion in the same
/// second as a deadline wins, as for any scheduled work), then time to <see cref="SimulationScenario.Until"/>
/// or until nothing is pending (at most <see cref="AutoScalingSimulator.DefaultIdleHorizon"/> past the last step).
/// </summary>
internal static class ScenarioRunner
{
    private static readonly TimeSpan Chunk = TimeSpan.FromHours(1);

    // Thrown by the streaming sink past the event limit, to stop the simulator where it is.
    private sealed class EventLimitReached : Exception;

    /// <summary>
    /// Runs the scenario. With <paramref name="onEvent"/>, each event goes to it as it happens (with the number of
    /// the step whose call the service refused, for an error) and none is kept, so memory is that of the live
    /// instances and actions; the run stops at once past <paramref name="maxEvents"/>.
    /// </summary>
    public static ScenarioRun Run(SimulationScenario scenario, int maxEvents, Action<SimulationEvent, int?>? onEvent = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEvents);
        var simulator = new AutoScalingSimulator(scenario.AutoScalingGroupName, scenario.Seed, scenario.RetainOnTerminateAbandon);
        long streamed = 0;
        int? applying = null;
        if (onEvent is not null)
        {
            simulator.TimelineSink = e =>
            {
                if (++streamed > maxEvents)
                {
                    throw new EventLimitReached();
                }

                onEvent(e, e is SimulationError ? applying : null);
            };
        }

        if (scenario.WarmPool is { } pool)
        {
            simulator.PutWarmPool(pool);
        }

        foreach (var hook in scenario.Hooks)
        {
            simulator.PutLifecycleHook(hook with { AutoScalingGroupName = scenario.AutoScalingGroupName.Value });
        }

        var stepErrors = new Dictionary<int, int>();
        for (var i = 0; i < scenario.Steps.Count; i++)
        {
            var step = scenario.Steps[i];
            var number = i + 1;
            simulator.Schedule(step.At, s =>
            {
                var before = s.Timeline.Count;
                applying = number;
                Apply(s, step, scenario.AutoScalingGroupName.Value);
                applying = null;
                for (var e = before; e < s.Timeline.Count; e++)
                {
                    if (s.Timeline[e] is SimulationError)
                    {
                        stepErrors[e] = number;
                    }
                }
            });
        }

        var lastStep = scenario.Steps.Count == 0 ? TimeSpan.Zero : scenario.Steps[^1].At;
        var end = scenario.Until ?? checked(lastStep + AutoScalingSimulator.DefaultIdleHorizon);

        var truncated = false;
        try
        {
            Advance(simulator, scenario, lastStep, end, maxEvents, ref truncated);
        }
        catch (EventLimitReached)
        {
            truncated = true;
        }

        var instances = simulator.Instances
            .OrderBy(i => i.Key.Value, StringComparer.Ordinal)
            .ToList();
        return new ScenarioRun { Timeline = [.. simulator.Timeline], StepErrors = stepErrors, End = simulator.Now, Instances = instances, Truncated = truncated };
    }

    // Time moves an hour at a time so that a run that never ends by itself (a launching hook whose DefaultResult
    // is ABANDON replaces instances forever) stops at maxEvents instead of exhausting memory.
    private static void Advance(AutoScalingSimulator simulator, SimulationScenario scenario, TimeSpan lastStep, TimeSpan end, int maxEvents, ref bool truncated)
    {
        simulator.AdvanceTo(TimeSpan.Zero); // the steps at second 0
        while (simulator.Now < end)
        {
            var from = simulator.Now;
            var to = Min(end, from + Chunk);
            if (scenario.Until is null && from < lastStep)
            {
                to = Min(to, lastStep); // without until, the run goes to the last step, then until idle
            }

            if (scenario.Until is null && from >= lastStep)
            {
                if (simulator.RunUntilIdle(to - from) < to)
                {
                    break; // idle: nothing is pending any more
                }
            }
            else
            {
                simulator.AdvanceTo(to);
            }

            if (simulator.Timeline.Count > maxEvents)
            {
                truncated = true;
                break;
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static void Apply(AutoScalingSimulator simulator, ScenarioStep step, string group)
    {
        switch (step)
        {
            case LaunchStep launch:
                simulator.Launch(launch.Count);
                break;
            case LaunchIntoWarmPoolStep warm:
                simulator.LaunchIntoWarmPool(warm.Count);
                break;
            case TerminateStep terminate:
                simulator.Terminate(terminate.InstanceId);
                break;
            case HeartbeatStep heartbeat:
                simulator.RecordLifecycleActionHeartbeat(heartbeat.LifecycleHookName, heartbeat.LifecycleActionToken, heartbeat.InstanceId);
                break;
            case CompleteStep complete:
                simulator.CompleteLifecycleAction(complete.LifecycleHookName, complete.Result, complete.LifecycleActionToken, complete.InstanceId);
                break;
            case PutHookStep put:
                simulator.PutLifecycleHook(put.Request with { AutoScalingGroupName = group });
                break;
            case DeleteHookStep delete:
                simulator.DeleteLifecycleHook(delete.LifecycleHookName);
                break;
            default:
                throw new ArgumentException($"The step type {step.GetType().Name} is not one the scenario runner knows.", nameof(step));
        }
    }
}
