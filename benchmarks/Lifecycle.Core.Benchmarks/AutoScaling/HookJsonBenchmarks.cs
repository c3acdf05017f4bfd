using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Lifecycle.Core.AutoScaling.Json;

namespace Lifecycle.Core.Benchmarks.AutoScaling;

/// <summary>
/// Reading and validating a file of PutLifecycleHook requests (JSON, positions, every rule) next to
/// System.Text.Json's bare parse of the same text.
/// </summary>
[MemoryDiagnoser]
public class HookJsonBenchmarks
{
    private string _json = string.Empty;
    private byte[] _utf8 = [];

    /// <summary>How many requests the document holds.</summary>
    [Params(1, 50)]
    public int Requests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var one = """
            {
              "LifecycleHookName": "drain-connections-NN",
              "AutoScalingGroupName": "web-asg",
              "LifecycleTransition": "autoscaling:EC2_INSTANCE_TERMINATING",
              "HeartbeatTimeout": 300,
              "DefaultResult": "CONTINUE",
              "NotificationTargetARN": "arn:aws:sqs:us-east-1:123456789012:lifecycle-events",
              "RoleARN": "arn:aws:iam::123456789012:role/asg-lifecycle-publisher",
              "NotificationMetadata": "{\"service\":\"web\"}"
            }
            """;
        _json = "[" + string.Join(",", Enumerable.Range(0, Requests).Select(i => one.Replace("NN", i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))) + "]";
        _utf8 = Encoding.UTF8.GetBytes(_json);
        if (LifecycleHookJson.ValidatePutLifecycleHookRequests(_json).Count != 0)
        {
            throw new InvalidOperationException("The benchmark document must be valid.");
        }
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (bare)")]
    public int BareParse()
    {
        using var document = JsonDocument.Parse(_utf8);
        return document.RootElement.GetArrayLength();
    }

    [Benchmark(Description = "ReadPutLifecycleHookRequests")]
    public int Read() => LifecycleHookJson.ReadPutLifecycleHookRequests(_json).Value.Count;

    [Benchmark(Description = "ValidatePutLifecycleHookRequests")]
    public int ReadAndValidate() => LifecycleHookJson.ValidatePutLifecycleHookRequests(_json).Count;
}
