using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>The error the service answers a failed call with: the first error's rule picks the code, its words the message.</summary>
public class AutoScalingErrorTests
{
    private static PutLifecycleHookRequest Hook(string name) => new()
    {
        LifecycleHookName = name, AutoScalingGroupName = "web", LifecycleTransition = "autoscaling:EC2_INSTANCE_LAUNCHING",
    };

    [Fact]
    public void Of_ASuccess_IsNull() =>
        Assert.Null(AutoScalingError.Of(new LifecycleHookRegistry(AutoScalingGroupName.Parse("web")).PutLifecycleHook(Hook("a"))));

    [Fact]
    public void Of_ARefusedValue_IsAValidationError_WithTheRulesMessage()
    {
        var refused = new LifecycleHookRegistry(AutoScalingGroupName.Parse("web")).PutLifecycleHook(Hook("bad name"));

        var error = AutoScalingError.Of(refused)!;

        Assert.Equal(AutoScalingError.ValidationError, error.Code);
        Assert.Equal(refused.Errors.First().Message, error.Message);
    }

    [Fact]
    public void Of_The51stHook_IsLimitExceeded()
    {
        var registry = new LifecycleHookRegistry(AutoScalingGroupName.Parse("web"));
        for (var i = 0; i < LifecycleHookRegistry.MaxHooksPerGroup; i++)
        {
            Assert.True(registry.PutLifecycleHook(Hook($"h{i}")).Succeeded);
        }

        Assert.Equal(AutoScalingError.LimitExceeded, AutoScalingError.Of(registry.PutLifecycleHook(Hook("one-too-many")))!.Code);
    }

    [Fact]
    public void Of_AFindingWhoseRuleNamesNoAwsError_IsAValidationError()
    {
        var failure = Result.Failure<int>([new Diagnostic("ASH001", DiagnosticSeverity.Error, "malformed", string.Empty, null)]);

        Assert.Equal(AutoScalingError.ValidationError, AutoScalingError.Of(failure)!.Code);
    }
}
