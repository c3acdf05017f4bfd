using System.Globalization;
using System.Net;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Emulator.Tests;

/// <summary>
/// One writer at a time: however many heartbeats and completions arrive at once, from as many connections, every
/// lifecycle action ends exactly once, and every other completion is told there is no active action.
/// </summary>
public sealed class ConcurrencyProperties(EmulatorFixture server) : IClassFixture<EmulatorFixture>
{
    private static int _groups;

    public static Arbitrary<int[]> CallsPerInstance() =>
        Gen.Choose(1, 8).SelectMany(n => Gen.Choose(1, 4).ArrayOf(n)).ToArbitrary();

    [Property(MaxTest = PropertyCases.Default / 10, Arbitrary = [typeof(ConcurrencyProperties)])]
    public bool Property_ConcurrentHeartbeatsAndCompletions_EndEveryActionExactlyOnce(int[] completionsPerInstance, int seed)
    {
        var group = "busy-" + Interlocked.Increment(ref _groups).ToString(CultureInfo.InvariantCulture);
        var instances = Launch(group, completionsPerInstance.Length);

        // Each instance gets its completions, and as many heartbeats, in a shuffled order, all sent at once.
        var calls = instances.SelectMany((id, i) => Enumerable.Range(0, completionsPerInstance[i]).SelectMany(_ => new[] { (Id: id, Complete: true), (Id: id, Complete: false) }))
            .ToList();
        var random = new Random(seed);
        calls = [.. calls.OrderBy(_ => random.Next())];
        var answers = Task.WhenAll(calls.Select(call => call.Complete
            ? WireCalls.Query(server.Http, "autoscaling", "CompleteLifecycleAction", "2011-01-01", ("AutoScalingGroupName", group), ("LifecycleHookName", "hold"),
                ("InstanceId", call.Id), ("LifecycleActionResult", "CONTINUE"))
            : WireCalls.Query(server.Http, "autoscaling", "RecordLifecycleActionHeartbeat", "2011-01-01", ("AutoScalingGroupName", group), ("LifecycleHookName", "hold"),
                ("InstanceId", call.Id)))).GetAwaiter().GetResult();

        var completedOk = calls.Zip(answers).Where(c => c.First.Complete && c.Second.Status == HttpStatusCode.OK).Select(c => c.First.Id).ToList();
        var refusedRightly = answers.Where(a => a.Status != HttpStatusCode.OK).All(a => a.Body.Contains("No active Lifecycle Action found", StringComparison.Ordinal));
        var timeline = server.Http.GetStringAsync(new Uri("_lifecycle/timeline", UriKind.Relative)).GetAwaiter().GetResult()
            .Split('\n').Where(l => l.Contains($"\"group\":\"{group}\"", StringComparison.Ordinal) && l.Contains("\"event\":\"completed\"", StringComparison.Ordinal)).ToList();

        return completedOk.Order(StringComparer.Ordinal).SequenceEqual(instances.Order(StringComparer.Ordinal))
            && refusedRightly
            && instances.All(id => timeline.Count(l => l.Contains(id, StringComparison.Ordinal)) == 1)
            && timeline.Count == instances.Count;
    }

    // A group whose instances all wait in Pending:Wait on the launching hook "hold".
    private List<string> Launch(string group, int count)
    {
        var created = WireCalls.Query(server.Http, "autoscaling", "CreateAutoScalingGroup", "2011-01-01",
            ("AutoScalingGroupName", group), ("MinSize", "0"), ("MaxSize", "10"), ("DesiredCapacity", count.ToString(CultureInfo.InvariantCulture)),
            ("AvailabilityZones.member.1", "us-east-1a"), ("LaunchConfigurationName", "lc"),
            ("LifecycleHookSpecificationList.member.1.LifecycleHookName", "hold"),
            ("LifecycleHookSpecificationList.member.1.LifecycleTransition", "autoscaling:EC2_INSTANCE_LAUNCHING")).GetAwaiter().GetResult();
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var described = WireCalls.Query(server.Http, "autoscaling", "DescribeAutoScalingGroups", "2011-01-01", ("AutoScalingGroupNames.member.1", group)).GetAwaiter().GetResult();
        var ids = XDocument.Parse(described.Body).Descendants().Where(e => e.Name.LocalName == "InstanceId").Select(e => e.Value).ToList();
        Assert.Equal(count, ids.Count);
        return ids;
    }
}
