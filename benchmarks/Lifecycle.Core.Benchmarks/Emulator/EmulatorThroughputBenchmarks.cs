using System.Net;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Lifecycle.Core.Benchmarks.Emulator;

/// <summary>
/// Requests a second on the wire: the Lifecycle emulator next to moto 5.2.1's ThreadedMotoServer, each driven by the
/// same 8 concurrent clients over keep-alive connections. One operation is one request (DescribeLifecycleHooks) or
/// one round trip (RecordLifecycleActionHeartbeat, then CompleteLifecycleAction CONTINUE, for one instance in
/// Pending:Wait). moto 5.2.1 does not implement either lifecycle action call and answers both with a 500; the
/// benchmark checks that each server gives the answer it always gives, so it never times different work silently.
/// Needs python3 with moto 5.2.1 (pip install 'moto[server]==5.2.1').
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EmulatorThroughputBenchmarks
{
    private const int PerClient = 100;
    private const int Requests = QueryClient.Connections * PerClient;
    private const string Group = "bench";
    private const string Hook = "launch";

    private WireServer _server = null!;
    private QueryClient _client = null!;
    private IReadOnlyList<string> _waiting = [];
    private int _round;

    [GlobalSetup(Targets = [nameof(MotoDescribeLifecycleHooks), nameof(MotoHeartbeatThenComplete)])]
    public void StartMoto() => Connect(WireServer.StartMoto());

    [GlobalSetup(Targets = [nameof(EmulatorDescribeLifecycleHooks), nameof(EmulatorHeartbeatThenComplete)])]
    public void StartEmulator() => Connect(WireServer.StartEmulatorAsync().GetAwaiter().GetResult());

    [GlobalCleanup]
    public void Stop()
    {
        _client.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>A fresh group whose instances all wait in Pending:Wait, one for each round trip of the iteration.</summary>
    [IterationSetup(Targets = [nameof(MotoHeartbeatThenComplete), nameof(EmulatorHeartbeatThenComplete)])]
    public void LaunchWaitingInstances()
    {
        var name = $"round-{++_round}";
        CreateGroup(name, Requests, withHooks: false);
        _client.RequireAsync("PutLifecycleHook", ("AutoScalingGroupName", name), ("LifecycleHookName", Hook),
            ("LifecycleTransition", "autoscaling:EC2_INSTANCE_LAUNCHING"), ("HeartbeatTimeout", "300")).GetAwaiter().GetResult();
        _client.RequireAsync("SetDesiredCapacity", ("AutoScalingGroupName", name), ("DesiredCapacity", Requests.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .GetAwaiter().GetResult();
        _waiting = QueryClient.InstanceIds(_client.RequireAsync("DescribeAutoScalingGroups", ("AutoScalingGroupNames.member.1", name)).GetAwaiter().GetResult());
        if (_waiting.Count != Requests)
        {
            throw new InvalidOperationException($"{_waiting.Count} instances launched, not {Requests}.");
        }
    }

    [BenchmarkCategory("DescribeLifecycleHooks"), Benchmark(Baseline = true, OperationsPerInvoke = Requests, Description = "moto 5.2.1")]
    public Task MotoDescribeLifecycleHooks() => DescribeLifecycleHooks();

    [BenchmarkCategory("DescribeLifecycleHooks"), Benchmark(OperationsPerInvoke = Requests, Description = "Lifecycle emulator")]
    public Task EmulatorDescribeLifecycleHooks() => DescribeLifecycleHooks();

    [BenchmarkCategory("Heartbeat then complete"), Benchmark(Baseline = true, OperationsPerInvoke = Requests, Description = "moto 5.2.1")]
    public Task MotoHeartbeatThenComplete() => HeartbeatThenComplete();

    [BenchmarkCategory("Heartbeat then complete"), Benchmark(OperationsPerInvoke = Requests, Description = "Lifecycle emulator")]
    public Task EmulatorHeartbeatThenComplete() => HeartbeatThenComplete();

    private void Connect(WireServer server)
    {
        (_server, _client) = (server, new QueryClient(server.Endpoint));
        if (server.IsMoto)
        {
            // moto needs the launch configuration to exist; the emulator accepts the name without an EC2 behind it.
            _client.RequireAsync("CreateLaunchConfiguration", ("LaunchConfigurationName", "lc"), ("ImageId", "ami-12c6146b"), ("InstanceType", "t3.micro"))
                .GetAwaiter().GetResult();
        }

        CreateGroup(Group, 0, withHooks: true);
    }

    private void CreateGroup(string name, int max, bool withHooks)
    {
        var text = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _client.RequireAsync("CreateAutoScalingGroup", ("AutoScalingGroupName", name), ("LaunchConfigurationName", "lc"), ("MinSize", "0"), ("MaxSize", text),
            ("DesiredCapacity", "0"), ("AvailabilityZones.member.1", "us-east-1a")).GetAwaiter().GetResult();
        if (!withHooks)
        {
            return;
        }

        foreach (var (hook, transition) in new[] { ("on-launch", "autoscaling:EC2_INSTANCE_LAUNCHING"), ("drain", "autoscaling:EC2_INSTANCE_TERMINATING") })
        {
            _client.RequireAsync("PutLifecycleHook", ("AutoScalingGroupName", name), ("LifecycleHookName", hook), ("LifecycleTransition", transition),
                ("HeartbeatTimeout", "600"), ("DefaultResult", "CONTINUE")).GetAwaiter().GetResult();
        }

        var answer = _client.RequireAsync("DescribeLifecycleHooks", ("AutoScalingGroupName", name)).GetAwaiter().GetResult();
        if (answer.Descendants().Count(e => e.Name.LocalName == "LifecycleHookName") != 2)
        {
            throw new InvalidOperationException($"DescribeLifecycleHooks does not list the two hooks put: {answer}");
        }
    }

    private Task DescribeLifecycleHooks() => Concurrently(async _ =>
    {
        var (status, _) = await _client.PostAsync("DescribeLifecycleHooks", ("AutoScalingGroupName", Group));
        Expect(status, HttpStatusCode.OK);
    });

    private Task HeartbeatThenComplete()
    {
        // moto 5.2.1 raises NotImplementedError for both calls, which its server turns into a 500.
        var expected = _server.IsMoto ? HttpStatusCode.InternalServerError : HttpStatusCode.OK;
        var group = $"round-{_round}";
        return Concurrently(async i =>
        {
            var instance = _waiting[i];
            var (status, _) = await _client.PostAsync("RecordLifecycleActionHeartbeat", ("AutoScalingGroupName", group), ("LifecycleHookName", Hook), ("InstanceId", instance));
            Expect(status, expected);
            (status, _) = await _client.PostAsync("CompleteLifecycleAction", ("AutoScalingGroupName", group), ("LifecycleHookName", Hook), ("InstanceId", instance),
                ("LifecycleActionResult", "CONTINUE"));
            Expect(status, expected);
        });
    }

    /// <summary>Runs <see cref="Requests"/> operations from <see cref="QueryClient.Connections"/> clients, each one after another.</summary>
    private static Task Concurrently(Func<int, Task> operation) => Task.WhenAll(Enumerable.Range(0, QueryClient.Connections).Select(client => Task.Run(async () =>
    {
        for (var n = 0; n < PerClient; n++)
        {
            await operation((client * PerClient) + n);
        }
    })));

    private static void Expect(HttpStatusCode status, HttpStatusCode expected)
    {
        if (status != expected)
        {
            throw new InvalidOperationException($"The server answered {(int)status}, not {(int)expected}.");
        }
    }
}
