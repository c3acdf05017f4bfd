using Lifecycle.Core.AutoScaling.Templates;

namespace Lifecycle.Core.Tests.AutoScaling.Templates;

public class HookDefinitionReportTests
{
    private const string Hook = "Resources:\n  H:\n    Type: AWS::AutoScaling::LifecycleHook\n    Properties:\n      AutoScalingGroupName: web\n      LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING\n";

    [Fact]
    public void IsValid_IsFalseOnlyForAnError_AndHooksCountsThem()
    {
        var clean = LifecycleHookDefinitions.Validate(Hook);
        var warned = LifecycleHookDefinitions.Validate(Hook + "      RoleARN: arn:aws:iam::123456789012:role/hooks\n");
        var broken = LifecycleHookDefinitions.Validate(Hook + "      DefaultResult: RETRY\n");

        Assert.True(clean.IsValid);
        Assert.True(warned.IsValid);
        Assert.NotEmpty(warned.Diagnostics);
        Assert.False(broken.IsValid);
        Assert.Equal(1, broken.Hooks);
    }
}
