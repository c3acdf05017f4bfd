using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>A hook as the group holds it: AWS's defaults applied, and the global timeout derived from the heartbeat timeout.</summary>
public class LifecycleHookTests
{
    private static LifecycleHook Put(int? heartbeat, string? defaultResult = null) =>
        new LifecycleHookRegistry(AutoScalingGroupName.Parse("web")).PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "drain", AutoScalingGroupName = "web", LifecycleTransition = "autoscaling:EC2_INSTANCE_TERMINATING",
            HeartbeatTimeout = heartbeat, DefaultResult = defaultResult,
        }).Value;

    [Fact]
    public void ANewHook_TakesAwsDefaults_AnHoursHeartbeat_AndAbandon()
    {
        var hook = Put(heartbeat: null);

        Assert.Equal((3600, "ABANDON"), (hook.HeartbeatTimeout.Seconds, hook.DefaultResult.Value));
        Assert.Equal("web", hook.AutoScalingGroupName.Value);
        Assert.Null(hook.NotificationTargetARN);
    }

    [Theory]
    [InlineData(30, 3_000)]
    [InlineData(1_728, 172_800)]
    [InlineData(7_200, 172_800)]
    public void GlobalTimeout_IsAHundredHeartbeats_AtMostTwoDays(int heartbeat, int global) =>
        Assert.Equal(global, Put(heartbeat, "CONTINUE").GlobalTimeout);
}
