using BenchmarkDotNet.Attributes;
using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Benchmarks.AutoScaling;

/// <summary>The cost of validating one request, and of filling a group's registry to its 50-hook quota.</summary>
[MemoryDiagnoser]
public class RegistryBenchmarks
{
    private static readonly AutoScalingGroupName Group = AutoScalingGroupName.Parse("web-asg");

    private readonly PutLifecycleHookRequest[] _requests = [.. Enumerable.Range(0, 50).Select(i => new PutLifecycleHookRequest
    {
        LifecycleHookName = $"hook-{i}",
        AutoScalingGroupName = "web-asg",
        LifecycleTransition = i % 2 == 0 ? "autoscaling:EC2_INSTANCE_LAUNCHING" : "autoscaling:EC2_INSTANCE_TERMINATING",
        HeartbeatTimeout = 300,
        DefaultResult = "CONTINUE",
        NotificationTargetARN = "arn:aws:sqs:us-east-1:123456789012:lifecycle-events",
        RoleARN = "arn:aws:iam::123456789012:role/asg-lifecycle-publisher",
    })];

    [Benchmark(Description = "PutLifecycleHookRequest.Validate")]
    public int Validate() => _requests[0].Validate().Count;

    [Benchmark(Description = "Put 50 hooks, then describe")]
    public int PutFifty()
    {
        var registry = new LifecycleHookRegistry(Group);
        foreach (var request in _requests)
        {
            _ = registry.PutLifecycleHook(request);
        }

        return registry.DescribeLifecycleHooks().Value.Count;
    }
}
