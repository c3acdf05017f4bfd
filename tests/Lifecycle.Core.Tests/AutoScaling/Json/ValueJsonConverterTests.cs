using System.Text.Json;
using System.Text.Json.Nodes;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Json;

namespace Lifecycle.Core.Tests.AutoScaling.Json;

/// <summary>System.Text.Json writes and reads the Auto Scaling models in AWS's wire shape: value types as plain values.</summary>
public class ValueJsonConverterTests
{
    [Fact]
    public void AValueType_IsItsPlainValue_BothWays()
    {
        Assert.Equal("\"drain\"", JsonSerializer.Serialize(LifecycleHookName.Parse("drain")));
        Assert.Equal(LifecycleHookName.Parse("drain"), JsonSerializer.Deserialize<LifecycleHookName>("\"drain\""));
        Assert.Equal("300", JsonSerializer.Serialize(HeartbeatTimeout.FromSeconds(300)));
        Assert.Equal("\"autoscaling:EC2_INSTANCE_TERMINATING\"", JsonSerializer.Serialize(LifecycleTransition.InstanceTerminating));
        Assert.Equal(LifecycleActionResult.Abandon, JsonSerializer.Deserialize<LifecycleActionResult>("\"ABANDON\""));
        Assert.Equal("\"i-0598c7d356eba48d7\"", JsonSerializer.Serialize(InstanceId.Parse("i-0598c7d356eba48d7")));
    }

    [Theory]
    [InlineData("\"bad name\"", "ASH103")]
    [InlineData("\"\"", "ASH101")]
    public void AValueAwsRefuses_FailsTheRead_WithTheRule(string json, string code)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LifecycleHookName>(json));
        Assert.Contains(code, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10", "ASH108")]
    [InlineData("\"300\"", "whole number")]
    public void AHeartbeatTimeoutAwsRefuses_FailsTheRead(string json, string expected)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HeartbeatTimeout>(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    /// <summary>The context writes what DescribeLifecycleHooks returns (the SDK's own AWS writer), and reads it back.</summary>
    [Property(Arbitrary = [typeof(ValidRequests)])]
    public bool Property_AHook_RoundTrips_InTheAwsShape(PutLifecycleHookRequest request)
    {
        var hook = new LifecycleHookRegistry(AutoScalingGroupName.Parse(request.AutoScalingGroupName!)).PutLifecycleHook(request).Value;

        var json = JsonSerializer.Serialize(hook, LifecycleJsonContext.Default.LifecycleHook);
        var back = JsonSerializer.Deserialize(json, LifecycleJsonContext.Default.LifecycleHook);

        return back == hook && JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(LifecycleHookJson.Serialize(hook)));
    }
}
