using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.AutoScaling;

public class PutLifecycleHookRequestTests
{
    private static readonly PutLifecycleHookRequest Valid = new()
    {
        LifecycleHookName = "drain",
        AutoScalingGroupName = "web",
        LifecycleTransition = "autoscaling:EC2_INSTANCE_TERMINATING",
    };

    private static Diagnostic Only(PutLifecycleHookRequest request, string code)
    {
        var diagnostics = request.Validate();
        var found = Assert.Single(diagnostics, d => d.Code == code);
        return found;
    }

    [Fact]
    public void Validate_MinimalRequest_HasNoFinding() => Assert.Empty(Valid.Validate());

    [Fact]
    public void Validate_ModelExample_IsValid()
    {
        // botocore examples-1.json PutLifecycleHook: no RoleARN, no target (reference §1.8).
        var request = new PutLifecycleHookRequest
        {
            AutoScalingGroupName = "my-auto-scaling-group",
            DefaultResult = "CONTINUE",
            HeartbeatTimeout = 300,
            LifecycleHookName = "my-launch-lifecycle-hook",
            LifecycleTransition = "autoscaling:EC2_INSTANCE_LAUNCHING",
        };
        Assert.Empty(request.Validate());
    }

    [Fact]
    public void Validate_EmptyRequest_ReportsEachRequiredMember()
    {
        var codes = new PutLifecycleHookRequest().Validate().Select(d => d.Code).ToList();
        Assert.Equal(["ASH101", "ASH201", "ASH104"], codes);
    }

    [Fact]
    public void Validate_MissingTransition_SaysItIsNeededToCreate()
    {
        var error = Only(Valid with { LifecycleTransition = null }, "ASH201");
        Assert.Equal("LifecycleTransition", error.Path);
        Assert.Contains("required to create", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TargetWithoutRole_IsAnError()
    {
        var error = Only(Valid with { NotificationTargetARN = "arn:aws:sqs:us-east-1:123456789012:q" }, "ASH202");
        Assert.True(error.IsError);
        Assert.Equal("RoleARN", error.Path);
    }

    [Fact]
    public void Validate_EmptyTargetWithoutRole_IsFine() =>
        Assert.Empty((Valid with { NotificationTargetARN = "" }).Validate());

    [Fact]
    public void Validate_RoleWithoutTarget_IsAWarning()
    {
        var warning = Only(Valid with { RoleARN = "arn:aws:iam::123456789012:role/r" }, "ASH152");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Theory]
    [InlineData("arn:aws:sqs:us-east-1:123456789012:queue", null)]
    [InlineData("arn:aws:sns:us-east-1:123456789012:topic", null)]
    [InlineData("arn:aws-us-gov:sns:us-gov-west-1:123456789012:topic", null)]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:drain", null)]
    [InlineData("arn:aws:sqs:us-east-1:123456789012:queue.fifo", "ASH151")]
    [InlineData("arn:aws:sns:us-east-1:0123456789:spinnaker-shutdowns-pending'", "ASH150")]
    [InlineData("arn:aws:s3:::bucket", "ASH150")]
    [InlineData("my-queue", "ASH150")]
    public void Validate_TargetArnLint(string target, string? code)
    {
        var request = Valid with { NotificationTargetARN = target, RoleARN = "arn:aws:iam::123456789012:role/r" };
        var diagnostics = request.Validate();
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        if (code is null)
        {
            Assert.Empty(diagnostics);
        }
        else
        {
            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics).Severity);
            Assert.Equal(code, diagnostics[0].Code);
        }
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/r", false)]
    [InlineData("arn:aws:iam::123456789012:role/path/r", false)]
    [InlineData("arn:aws:iam::123456789012:user/r", true)]
    [InlineData("role/r", true)]
    public void Validate_RoleArnLint(string role, bool warned)
    {
        var request = Valid with { NotificationTargetARN = "arn:aws:sqs:us-east-1:123456789012:q", RoleARN = role };
        Assert.Equal(warned, request.Validate().Any(d => d.Code == "ASH153"));
    }

    [Fact]
    public void Validate_EveryValueRule_ReportsItsCodeAndPath()
    {
        var request = new PutLifecycleHookRequest
        {
            LifecycleHookName = "bad name",
            AutoScalingGroupName = new string('g', 256),
            LifecycleTransition = "LAUNCHING",
            HeartbeatTimeout = 29,
            DefaultResult = "continue",
            NotificationMetadata = new string('m', 4001),
            NotificationTargetARN = "arn:aws:sqs:us-east-1:123456789012:q\u0001",
            RoleARN = "",
        };

        var found = request.Validate().Where(d => d.IsError).Select(d => (d.Code, d.Path)).ToHashSet();

        Assert.Contains(("ASH103", "LifecycleHookName"), found);
        Assert.Contains(("ASH105", "AutoScalingGroupName"), found);
        Assert.Contains(("ASH107", "LifecycleTransition"), found);
        Assert.Contains(("ASH108", "HeartbeatTimeout"), found);
        Assert.Contains(("ASH109", "DefaultResult"), found);
        Assert.Contains(("ASH111", "NotificationMetadata"), found);
        Assert.Contains(("ASH117", "NotificationTargetARN"), found);
        Assert.Contains(("ASH113", "RoleARN"), found);
    }

    [Fact]
    public void Validate_MessagesNameTheFieldTheValueAndTheRange()
    {
        var error = Only(Valid with { HeartbeatTimeout = 7201 }, "ASH108");
        Assert.Equal("HeartbeatTimeout is 7201 seconds, but it must be between 30 and 7200 seconds. "
            + "For a longer wait, record heartbeats: each one restarts the timeout, up to the global timeout of 48 hours.", error.Message);
    }
}
