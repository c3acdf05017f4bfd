using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Core.Benchmarks.AutoScaling;

/// <summary>
/// Lifecycle actions simulated per second with 100,000 instances in flight: each action starts (a scale-in), gets a
/// heartbeat, then half are completed and half time out. Time is per action.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
public class SimulatorBenchmarks
{
    public const int InFlight = 100_000;

    private static readonly LifecycleHookName Drain = LifecycleHookName.Parse("drain");

    private AutoScalingSimulator _simulator = null!;
    private IReadOnlyList<InstanceId> _instances = null!;

    /// <summary>With the timeline (every event and notification kept), or without (the instances and actions only).</summary>
    [Params(true, false)]
    public bool RecordTimeline { get; set; }

    /// <summary>A group with one terminating hook and 100,000 instances in service.</summary>
    public static (AutoScalingSimulator Simulator, IReadOnlyList<InstanceId> Instances) Group(bool recordTimeline)
    {
        var simulator = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"), seed: 1) { RecordTimeline = recordTimeline };
        simulator.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "drain",
            AutoScalingGroupName = "web",
            LifecycleTransition = "autoscaling:EC2_INSTANCE_TERMINATING",
            HeartbeatTimeout = 300,
            DefaultResult = "CONTINUE",
        });
        return (simulator, simulator.Launch(InFlight));
    }

    [IterationSetup]
    public void Setup() => (_simulator, _instances) = Group(RecordTimeline);

    [Benchmark(OperationsPerInvoke = InFlight, Description = "Action: start, heartbeat, complete or time out")]
    public TimeSpan Actions()
    {
        foreach (var id in _instances)
        {
            _simulator.Terminate(id);
        }

        _simulator.AdvanceBy(TimeSpan.FromSeconds(10));
        foreach (var id in _instances)
        {
            _simulator.RecordLifecycleActionHeartbeat(Drain, instanceId: id);
        }

        for (var i = 0; i < _instances.Count; i += 2)
        {
            _simulator.CompleteLifecycleAction(Drain, LifecycleActionResult.Continue, instanceId: _instances[i]);
        }

        return _simulator.RunUntilIdle();
    }

    /// <summary>Bytes the simulator holds for each active action: measured after a full collection.</summary>
    public static double BytesHeldPerActiveAction(bool recordTimeline)
    {
        var (simulator, instances) = Group(recordTimeline);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var id in instances)
        {
            simulator.Terminate(id);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(simulator);
        return (after - before) / (double)InFlight;
    }
}
