using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>The AWS values of <see cref="LifecycleTransition"/>.</summary>
public class LifecycleTransitionTests
{
    [Fact]
    public void LifecycleTransition_WireStrings()
    {
        Assert.Equal("autoscaling:EC2_INSTANCE_LAUNCHING", LifecycleTransition.InstanceLaunching.Value);
        Assert.Equal("autoscaling:EC2_INSTANCE_TERMINATING", LifecycleTransition.InstanceTerminating.Value);
        Assert.Equal(LifecycleTransition.InstanceTerminating, ValueParsing.Read<LifecycleTransition>("autoscaling:EC2_INSTANCE_TERMINATING").Value);
        Assert.True(ValueParsing.Read<LifecycleTransition>("autoscaling:EC2_INSTANCE_LAUNCHING").Value.IsLaunching);
    }

    [Theory]
    [InlineData("EC2_INSTANCE_LAUNCHING", "autoscaling:EC2_INSTANCE_LAUNCHING")]
    [InlineData("autoscaling:ec2_instance_terminating", "autoscaling:EC2_INSTANCE_TERMINATING")]
    public void LifecycleTransition_NearMiss_SuggestsTheValue(string written, string suggested)
    {
        var error = Assert.Single(ValueParsing.Read<LifecycleTransition>(written).Diagnostics);
        Assert.Equal("ASH107", error.Code);
        Assert.Contains($"Did you mean \"{suggested}\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LifecycleTransition_Unknown_ListsBothValues()
    {
        var error = Assert.Single(ValueParsing.Read<LifecycleTransition>("autoscaling:EC2_INSTANCE_REBOOTING").Diagnostics);
        Assert.Contains("autoscaling:EC2_INSTANCE_LAUNCHING", error.Message, StringComparison.Ordinal);
        Assert.Contains("autoscaling:EC2_INSTANCE_TERMINATING", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", error.Message, StringComparison.Ordinal);
    }
}
