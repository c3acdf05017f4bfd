using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

public class LifecycleHookSpecificationTests
{
    [Fact]
    public void Validate_NameAndTransitionAreRequired()
    {
        var codes = new LifecycleHookSpecification().Validate().Select(d => d.Code);
        Assert.Equal(["ASH101", "ASH201"], codes);
    }

    [Fact]
    public void Validate_HasNoGroupName_AndAppliesTheValueRules()
    {
        var spec = new LifecycleHookSpecification
        {
            LifecycleHookName = "launch",
            LifecycleTransition = "autoscaling:EC2_INSTANCE_LAUNCHING",
            HeartbeatTimeout = 7201,
        };
        Assert.Equal("ASH108", Assert.Single(spec.Validate()).Code);
    }

    [Fact]
    public void ToPutLifecycleHookRequest_CarriesEveryMemberAndTheGroup()
    {
        var spec = new LifecycleHookSpecification
        {
            LifecycleHookName = "launch",
            LifecycleTransition = "autoscaling:EC2_INSTANCE_LAUNCHING",
            HeartbeatTimeout = 120,
            DefaultResult = "CONTINUE",
            NotificationMetadata = "m",
            NotificationTargetARN = "arn:aws:sqs:us-east-1:123456789012:q",
            RoleARN = "arn:aws:iam::123456789012:role/r",
        };

        var request = spec.ToPutLifecycleHookRequest("web");

        Assert.Equal(new PutLifecycleHookRequest
        {
            LifecycleHookName = "launch",
            AutoScalingGroupName = "web",
            LifecycleTransition = "autoscaling:EC2_INSTANCE_LAUNCHING",
            HeartbeatTimeout = 120,
            DefaultResult = "CONTINUE",
            NotificationMetadata = "m",
            NotificationTargetARN = "arn:aws:sqs:us-east-1:123456789012:q",
            RoleARN = "arn:aws:iam::123456789012:role/r",
        }, request);
    }
}
