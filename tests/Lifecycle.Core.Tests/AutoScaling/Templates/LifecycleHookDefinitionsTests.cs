using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Templates;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.AutoScaling.Templates;

/// <summary>
/// Hooks where people define them: CloudFormation (YAML with short-form intrinsics, JSON) and Terraform plans, each
/// hook held to PutLifecycleHook's rules (reference §1, §3.5, §3.6), and the rules only a whole template can see.
/// </summary>
public class LifecycleHookDefinitionsTests
{
    private const string Group = """
          Group:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties:
              MinSize: "1"
              MaxSize: "4"
              LaunchTemplate: { LaunchTemplateId: !Ref Template, Version: "1" }
        """;

    [Fact]
    public void ACleanTemplate_WithIntrinsicsEverywhere_HasNoFinding()
    {
        var report = Validate($$"""
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
            {{Group}}
                  LifecycleHookSpecificationList:
                    - LifecycleHookName: !Sub ${AWS::StackName}-launching
                      LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING
                      HeartbeatTimeout: 120
              Drain:
                Type: AWS::AutoScaling::LifecycleHook
                Properties:
                  AutoScalingGroupName: !Ref Group
                  LifecycleTransition: 'autoscaling:EC2_INSTANCE_TERMINATING'
                  HeartbeatTimeout: !Ref DrainSeconds
                  NotificationTargetARN: !GetAtt Queue.Arn
                  RoleARN:
                    Fn::GetAtt: [HookRole, Arn]
                  NotificationMetadata: !Join [",", [a, b]]
            """);

        Assert.Equal(HookDefinitionFormat.CloudFormation, report.Format);
        Assert.Equal(2, report.Hooks);
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void EachPlantedMistake_IsFoundAtItsLine_NamingItsResource()
    {
        var report = Validate($$"""
            Resources:
            {{Group}}
              Drain:
                Type: AWS::AutoScaling::LifecycleHook
                Properties:
                  AutoScalingGroupName: !Ref Group
                  LifecycleTransition: autoscaling:EC2_INSTANCE_TERMINATNG
                  HeartbeatTimeout: 10
                  NotificationTargetARN: !Ref Queue
              Warm:
                Type: AWS::AutoScaling::LifecycleHook
                Properties:
                  AutoScalingGroupName: !Ref Group
                  LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING
                  HeartbeatTimout: 300
            """);

        // The target without a role is placed at the hook (the role is what is missing), the others at their values.
        Assert.Collection(report.Diagnostics,
            d => Assert.Equal((AutoScalingDiagnosticCodes.RoleRequiredWithTarget, 8), (d.Code, d.Span?.Line)),
            d => Assert.Equal((AutoScalingDiagnosticCodes.TransitionUnknown, 12), (d.Code, d.Span?.Line)),
            d => Assert.Equal((AutoScalingDiagnosticCodes.HeartbeatTimeoutOutOfRange, 13), (d.Code, d.Span?.Line)),
            d => Assert.Equal((AutoScalingDiagnosticCodes.SeparateLaunchHookMissesFirstInstances, 15), (d.Code, d.Span?.Line)),
            d => Assert.Equal((AutoScalingDiagnosticCodes.TemplatePropertyUnknown, 20), (d.Code, d.Span?.Line)));
        Assert.All(report.Diagnostics.Take(3), d => Assert.StartsWith("Drain: ", d.Message, StringComparison.Ordinal));
        Assert.Contains("(a value the template computes)", report.Diagnostics[0].Message);
        Assert.DoesNotContain("computed\"", report.Diagnostics[0].Message);
        Assert.Contains("Did you mean HeartbeatTimeout?", report.Diagnostics[^1].Message);
        Assert.Equal("Resources.Drain.Properties.HeartbeatTimeout", report.Diagnostics[2].Path);
    }

    [Fact]
    public void TheJsonForm_AsCdkSynthesizesIt_IsReadTheSame()
    {
        var report = Validate("""
            {
              "Resources": {
                "HookA1B2": {
                  "Type": "AWS::AutoScaling::LifecycleHook",
                  "Properties": {
                    "AutoScalingGroupName": { "Ref": "AsgASGD1D7B4E2" },
                    "LifecycleTransition": "autoscaling:EC2_INSTANCE_TERMINATING",
                    "HeartbeatTimeout": 9000,
                    "RoleARN": { "Fn::GetAtt": ["HookRole", "Arn"] }
                  }
                }
              }
            }
            """);

        var finding = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal((AutoScalingDiagnosticCodes.HeartbeatTimeoutOutOfRange, 8), (finding.Code, finding.Span?.Line));
        Assert.Contains(report.Diagnostics, d => d.Code == AutoScalingDiagnosticCodes.RoleWithoutTarget);
    }

    [Theory]
    [InlineData("900", false)]
    [InlineData("\"900\"", false)]
    [InlineData("nine", true)]
    public void HeartbeatTimeout_IsANumber_OrAStringOfOne(string written, bool wrong)
    {
        var report = Validate($"Resources:\n  H:\n    Type: AWS::AutoScaling::LifecycleHook\n    Properties:\n      AutoScalingGroupName: web\n      LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING\n      HeartbeatTimeout: {written}\n");

        Assert.Equal(wrong, report.Diagnostics.Any(d => d.Code == AutoScalingDiagnosticCodes.TemplateValueWrongType));
    }

    [Theory]
    [InlineData(1023, false)]
    [InlineData(1024, true)]
    public void NotificationMetadata_OnAHookResource_HasCloudFormationsOwnBound(int length, bool refused)
    {
        var report = Validate($"Resources:\n  H:\n    Type: AWS::AutoScaling::LifecycleHook\n    Properties:\n      AutoScalingGroupName: web\n      LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING\n      NotificationMetadata: {new string('m', length)}\n");

        Assert.Equal(refused, report.Diagnostics.Any(d => d.Code == AutoScalingDiagnosticCodes.TemplateMetadataTooLong));
    }

    [Fact]
    public void TwoHooksOfOneName_OnOneGroup_AreAnError_WhereverEachIsDefined()
    {
        var report = Validate($"""
            Resources:
            {Group}
                  LifecycleHookSpecificationList:
                    - LifecycleHookName: drain
                      LifecycleTransition: autoscaling:EC2_INSTANCE_TERMINATING
              Again:
                Type: AWS::AutoScaling::LifecycleHook
                Properties:
                  AutoScalingGroupName: !Ref Group
                  LifecycleHookName: drain
                  LifecycleTransition: autoscaling:EC2_INSTANCE_TERMINATING
            """);

        var duplicate = Assert.Single(report.Diagnostics);
        Assert.Equal((AutoScalingDiagnosticCodes.TemplateDuplicateHookName, 15), (duplicate.Code, duplicate.Span?.Line));
        Assert.Contains("Group.LifecycleHookSpecificationList[0]", duplicate.Message);
    }

    [Theory]
    [InlineData("MinSize: \"0\"", false)]
    [InlineData("MinSize: \"0\"\n      DesiredCapacity: \"2\"", true)]
    [InlineData("MinSize: !Ref Min", false)]
    [InlineData("MinSize: \"1\"\n      DesiredCapacity: !Ref Desired", true)]
    public void ASeparateLaunchingHook_IsWarned_OnlyWhenTheGroupLaunchesInstancesAtCreation(string sizes, bool warned)
    {
        var report = Validate($"Resources:\n  G:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      {sizes}\n      MaxSize: \"4\"\n  H:\n    Type: AWS::AutoScaling::LifecycleHook\n    Properties:\n      AutoScalingGroupName: !Ref G\n      LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING\n");

        Assert.Equal(warned, report.Diagnostics.Any(d => d.Code == AutoScalingDiagnosticCodes.SeparateLaunchHookMissesFirstInstances));
    }

    [Fact]
    public void FiftyOneHooksOnAGroup_AreOneTooMany()
    {
        var hooks = string.Concat(Enumerable.Range(1, 51).Select(i => $"  H{i}:\n    Type: AWS::AutoScaling::LifecycleHook\n    Properties:\n      AutoScalingGroupName: web\n      LifecycleHookName: h{i}\n      LifecycleTransition: autoscaling:EC2_INSTANCE_TERMINATING\n"));

        var report = Validate("Resources:\n" + hooks);

        var limit = Assert.Single(report.Diagnostics);
        Assert.Equal(AutoScalingDiagnosticCodes.HookLimitExceeded, limit.Code);
        Assert.StartsWith("H51: ", limit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATerraformPlan_MapsItsAttributes_AndKnowsWhatIsUnknownUntilApply()
    {
        var report = Validate("""
            {
              "format_version": "1.2",
              "planned_values": { "root_module": {
                "resources": [
                  { "address": "aws_autoscaling_group.web", "type": "aws_autoscaling_group", "values": {
                      "name": "web", "min_size": 2, "max_size": 4,
                      "initial_lifecycle_hook": [ { "name": "drain", "lifecycle_transition": "autoscaling:EC2_INSTANCE_TERMINATING", "heartbeat_timeout": 7300, "default_result": "CONTINUE", "notification_metadata": "" } ] } },
                  { "address": "aws_autoscaling_lifecycle_hook.warm", "type": "aws_autoscaling_lifecycle_hook", "values": {
                      "name": "warm", "autoscaling_group_name": "web", "lifecycle_transition": "autoscaling:EC2_INSTANCE_LAUNCHING", "heartbeat_timeout": 300, "notification_metadata": null } }
                ],
                "child_modules": [ { "address": "module.m", "resources": [
                  { "address": "module.m.aws_autoscaling_lifecycle_hook.x", "type": "aws_autoscaling_lifecycle_hook", "values": { "name": "bad name!", "lifecycle_transition": "autoscaling:EC2_INSTANCE_LAUNCHING" } } ] } ]
              } },
              "resource_changes": [ { "address": "module.m.aws_autoscaling_lifecycle_hook.x", "change": { "after_unknown": { "autoscaling_group_name": true } } } ]
            }
            """);

        Assert.Equal(HookDefinitionFormat.TerraformPlan, report.Format);
        Assert.Equal(3, report.Hooks);
        Assert.Collection(report.Diagnostics,
            d => Assert.Equal((AutoScalingDiagnosticCodes.HeartbeatTimeoutOutOfRange, 7, "aws_autoscaling_group.web.initial_lifecycle_hook[0]: "), (d.Code, d.Span?.Line, d.Message[..53])),
            d => Assert.Equal((AutoScalingDiagnosticCodes.SeparateLaunchHookMissesFirstInstances, 8), (d.Code, d.Span?.Line)),
            d => Assert.Equal((AutoScalingDiagnosticCodes.HookNameInvalidCharacter, 12), (d.Code, d.Span?.Line)));
    }

    [Theory]
    [InlineData("{\"LifecycleHookName\": \"h\", \"AutoScalingGroupName\": \"web\", \"LifecycleTransition\": \"autoscaling:EC2_INSTANCE_LAUNCHING\"}", HookDefinitionFormat.PutLifecycleHookJson, false)]
    [InlineData("Resources:\n  X: [unclosed\n", HookDefinitionFormat.CloudFormation, true)]
    [InlineData("just: yaml\n", HookDefinitionFormat.PutLifecycleHookJson, true)]
    public void TheKindOfFile_IsToldApartByItsContent(string text, HookDefinitionFormat format, bool error)
    {
        var report = Validate(text);

        Assert.Equal((format, error), (report.Format, !report.IsValid));
    }

    [Property]
    public bool Property_AnyText_IsCheckedWithoutThrowing(string text) => Validate(text ?? string.Empty) is { Diagnostics: not null };

    private static HookDefinitionReport Validate(string text) => LifecycleHookDefinitions.Validate(text);
}
