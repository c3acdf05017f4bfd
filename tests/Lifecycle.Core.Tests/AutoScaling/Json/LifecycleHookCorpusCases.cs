using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling.Json;

/// <summary>
/// The values of each snippet in ../shared/corpus/lifecycle-hooks, turned into the request AWS would receive.
/// Literal values are copied as written; a value the snippet takes from elsewhere (a CloudFormation !Ref,
/// a Terraform variable, a Python config constant) gets a plain stand-in of the right form, named in
/// StandIns. <see cref="Evidence"/> lists text that must appear in the file, so the
/// transcription cannot drift from the corpus.
/// </summary>
internal sealed record LifecycleHookCorpusCase(
    string File,
    string[] Evidence,
    PutLifecycleHookRequest[] Requests,
    LifecycleHookSpecification[]? Specifications = null,
    string StandIns = "");

internal static class LifecycleHookCorpusCases
{
    private const string Launching = "autoscaling:EC2_INSTANCE_LAUNCHING";
    private const string Terminating = "autoscaling:EC2_INSTANCE_TERMINATING";

    private static string Sqs(string name) => $"arn:aws:sqs:us-east-1:123456789012:{name}";

    private static string Sns(string name) => $"arn:aws:sns:us-east-1:123456789012:{name}";

    private static string Role(string name) => $"arn:aws:iam::123456789012:role/{name}";

    public static IReadOnlyList<LifecycleHookCorpusCase> All { get; } =
    [
        new("001_cfn_lifecyclehook.txt",
            ["HeartbeatTimeout: 600", "DefaultResult: CONTINUE", "'autoscaling:EC2_INSTANCE_TERMINATING'", "AutoScalingGroupLifecycleHookQueue.Arn", "AutoScalingGroupLifecycleHookIAMRole.Arn"],
            [new() { LifecycleHookName = "AutoScalingGroupTerminatingLifecycleHook", AutoScalingGroupName = "AutoScalingGroup", HeartbeatTimeout = 600, DefaultResult = "CONTINUE", LifecycleTransition = Terminating, NotificationTargetARN = Sqs("AutoScalingGroupLifecycleHookQueue"), RoleARN = Role("AutoScalingGroupLifecycleHookIAMRole") }],
            StandIns: "name (CloudFormation generates one): the logical id; !Ref/!GetAtt: ARNs named after the resources"),
        new("002_cfn_lifecyclehook.txt",
            ["HeartbeatTimeout: !Ref AgentMaxBuildWaitTimeInSeconds", "DefaultResult: CONTINUE", "'autoscaling:EC2_INSTANCE_TERMINATING'"],
            [new() { LifecycleHookName = "AgentTerminatingLifecycleHook", AutoScalingGroupName = "AgentASG", HeartbeatTimeout = 600, DefaultResult = "CONTINUE", LifecycleTransition = Terminating, NotificationTargetARN = Sqs("AgentTerminatingLifecycleHookQueue"), RoleARN = Role("AgentTerminatingLifecycleHookIAMRole") }],
            StandIns: "HeartbeatTimeout: the parameter's default, 600"),
        new("003_cfn_lifecyclehook.txt",
            ["DefaultResult: \"ABANDON\"", "HeartbeatTimeout: \"900\"", "LifecycleTransition: \"autoscaling:EC2_INSTANCE_TERMINATING\"", "NotificationTargetARN: !Ref ASGSNSTopic"],
            [new() { LifecycleHookName = "ASGTerminateHook", AutoScalingGroupName = "EcsInstanceAsg", DefaultResult = "ABANDON", HeartbeatTimeout = 900, LifecycleTransition = Terminating, NotificationTargetARN = Sns("ASGSNSTopic"), RoleARN = Role("SNSLambdaRole") }],
            StandIns: "\"900\": CloudFormation converts it to the number 900"),
        new("004_cfn_lifecyclehook.txt",
            ["DefaultResult: ABANDON", "HeartbeatTimeout: 900", "LifecycleTransition: autoscaling:EC2_INSTANCE_TERMINATING", "${CidStackName}-SNSTopicArn"],
            [new() { LifecycleHookName = "ASGTerminateHook", AutoScalingGroupName = "ECSAutoScalingGroup", DefaultResult = "ABANDON", HeartbeatTimeout = 900, LifecycleTransition = Terminating, NotificationTargetARN = Sns("cid-SNSTopic"), RoleARN = Role("SNSLambdaRole") }]),
        new("005_cfn_asg_LifecycleHookSpecificationList.txt",
            ["LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING", "DefaultResult: ABANDON", "HeartbeatTimeout: 120", "${AWS::StackName}-LifecycleHookLaunching"],
            [],
            [new() { LifecycleTransition = Launching, DefaultResult = "ABANDON", HeartbeatTimeout = 120, LifecycleHookName = "web-stack-LifecycleHookLaunching" }],
            StandIns: "stack name: web-stack"),
        new("006_tf_aws_autoscaling_lifecycle_hook.txt",
            ["default_result         = \"ABANDON\"", "heartbeat_timeout      = 300", "lifecycle_transition   = \"autoscaling:EC2_INSTANCE_LAUNCHING\""],
            [new() { LifecycleHookName = "ebs-attach", AutoScalingGroupName = "asg", DefaultResult = "ABANDON", HeartbeatTimeout = 300, LifecycleTransition = Launching }],
            StandIns: "variables: ebs-attach, asg"),
        new("007_tf_aws_autoscaling_lifecycle_hook.txt",
            ["name                    = \"AutoScalingGroupTerminatingLifecycleHook\"", "notification_metadata   = \"\"", "notification_target_arn = \"\"", "heartbeat_timeout       = 600"],
            [new() { LifecycleHookName = "AutoScalingGroupTerminatingLifecycleHook", AutoScalingGroupName = "AutoScalingGroup", DefaultResult = "CONTINUE", HeartbeatTimeout = 600, LifecycleTransition = Terminating, NotificationMetadata = "", NotificationTargetARN = "", RoleARN = Role("AutoScalingGroupLifecycleHookIAMRole") }]),
        new("008_tf_aws_autoscaling_lifecycle_hook.txt",
            ["autoscaling_group_name  = \"\"", "role_arn                = \"\"", "notification_metadata    = \"\""],
            [new() { LifecycleHookName = "AutoScalingGroupTerminatingLifecycleHook", AutoScalingGroupName = "", DefaultResult = "CONTINUE", HeartbeatTimeout = 600, LifecycleTransition = Terminating, NotificationMetadata = "", NotificationTargetARN = "", RoleARN = "" }]),
        new("009_tf_aws_autoscaling_lifecycle_hook.txt",
            ["format(\"%s-terminating-hook\", var.autoscaling_group_name)", "heartbeat_timeout       = 900", "default_result          = \"ABANDON\""],
            [new() { LifecycleHookName = "ecs-instances-terminating-hook", AutoScalingGroupName = "ecs-instances", DefaultResult = "ABANDON", HeartbeatTimeout = 900, LifecycleTransition = Terminating, NotificationTargetARN = Sns("topic"), RoleARN = Role("lifecycle") }],
            StandIns: "group: ecs-instances (a pattern-safe name, as the index assumes)"),
        new("010_tf_aws_autoscaling_lifecycle_hook.txt",
            ["name                   = \"graceful_shutdown_asg_hook\"", "heartbeat_timeout       = \"900\"", "default_result         = \"CONTINUE\""],
            [new() { LifecycleHookName = "graceful_shutdown_asg_hook", AutoScalingGroupName = "my_asg", DefaultResult = "CONTINUE", HeartbeatTimeout = 900, LifecycleTransition = Terminating, NotificationTargetARN = Sqs("graceful_termination_queue"), RoleARN = Role("publish_autoscaling_events_role") }],
            StandIns: "\"900\": Terraform converts it to the number 900"),
        new("011_tf_aws_autoscaling_lifecycle_hook.txt",
            ["\"${var.name}-launch\"", "\"${var.name}-termination\"", "heartbeat_timeout      = 3600"],
            [
                new() { LifecycleHookName = "app-launch", AutoScalingGroupName = "app", DefaultResult = "ABANDON", HeartbeatTimeout = 3600, LifecycleTransition = Launching },
                new() { LifecycleHookName = "app-termination", AutoScalingGroupName = "app", DefaultResult = "ABANDON", HeartbeatTimeout = 3600, LifecycleTransition = Terminating },
            ],
            StandIns: "var.name: app"),
        new("012_tf_aws_autoscaling_lifecycle_hook.txt",
            ["default_result         = \"CONTINUE\"", "heartbeat_timeout      = 3600", "role/AutoScalingNotificationAccessRole"],
            [new() { LifecycleHookName = "scale-in", AutoScalingGroupName = "ecs-asg", DefaultResult = "CONTINUE", HeartbeatTimeout = 3600, LifecycleTransition = Terminating, NotificationTargetARN = Sqs("lifecycle-scale-in"), RoleARN = Role("AutoScalingNotificationAccessRole") }]),
        new("013_cli_put-lifecycle-hook.txt",
            ["--lifecycle-hook-name scale-in-lifecycle", "--auto-scaling-group-name EC2ContainerService-api-production-asg", "arn:aws:sns:ap-southeast-1:990090895087:david-test-asg-lifecycle", "--role-arn arn:aws:iam::990090895087:role/AutoScalingNotificationAccessRole"],
            [new() { LifecycleHookName = "scale-in-lifecycle", LifecycleTransition = Terminating, AutoScalingGroupName = "EC2ContainerService-api-production-asg", NotificationTargetARN = "arn:aws:sns:ap-southeast-1:990090895087:david-test-asg-lifecycle", RoleARN = "arn:aws:iam::990090895087:role/AutoScalingNotificationAccessRole" }],
            StandIns: "none: every value is literal"),
        new("014_cli_put-lifecycle-hook.txt",
            ["aws autoscaling put-lifecycle-hook\n", "spinnaker-shutdowns-pending'"],
            [new()],
            StandIns: "none: without '\\' continuations the shell runs only the first line, a request with no members"),
        new("015_spinnaker_clouddriver_lifecycleHooks.txt",
            ["defaultResult: 'CONTINUE'", "heartbeatTimeout: 7200", "arn:aws:sns:{{region}}:{{accountId}}:spinnaker-shutdowns-pending"],
            [new() { LifecycleHookName = "spinnaker-terminating", AutoScalingGroupName = "app-v001", DefaultResult = "CONTINUE", HeartbeatTimeout = 7200, LifecycleTransition = Terminating, NotificationTargetARN = Sns("spinnaker-shutdowns-pending"), RoleARN = Role("spinnakerasg") }],
            StandIns: "name (Spinnaker generates one), {{region}}: us-east-1, {{accountId}}: 123456789012"),
        new("016_tf_initial_lifecycle_hook_dynamic.txt",
            ["\"default_result\", \"ABANDON\"", "\"heartbeat_timeout\", \"3600\""],
            [],
            [new() { LifecycleHookName = "initial", DefaultResult = "ABANDON", HeartbeatTimeout = 3600, LifecycleTransition = Launching }],
            StandIns: "name and transition from the module input: initial, launching; the lookup() defaults as written"),
        new("017_tf_aws_autoscaling_lifecycle_hook.txt",
            ["name                    = var.name", "heartbeat_timeout       = var.heartbeat_timeout"],
            [new() { LifecycleHookName = "hook", AutoScalingGroupName = "asg", DefaultResult = "ABANDON", HeartbeatTimeout = 3600, LifecycleTransition = Terminating, NotificationMetadata = "{}", NotificationTargetARN = Sqs("q"), RoleARN = Role("r") }],
            StandIns: "every value is a variable: the variables' defaults, or valid stand-ins where there is none"),
        new("018_tf_aws_autoscaling_lifecycle_hook.txt",
            ["\"${var.name}-launching\"", "\"${var.name}-terminating\"", "lifecycle_transition    = \"autoscaling:EC2_INSTANCE_LAUNCHING\""],
            [
                new() { LifecycleHookName = "app-launching", AutoScalingGroupName = "asg", DefaultResult = "ABANDON", HeartbeatTimeout = 300, LifecycleTransition = Launching, NotificationMetadata = "{}", NotificationTargetARN = Sns("lifecycle"), RoleARN = Role("lifecycle") },
                new() { LifecycleHookName = "app-terminating", AutoScalingGroupName = "asg", DefaultResult = "CONTINUE", HeartbeatTimeout = 300, LifecycleTransition = Terminating, NotificationMetadata = "{}", NotificationTargetARN = Sns("lifecycle"), RoleARN = Role("lifecycle") },
            ],
            StandIns: "the per-transition variables have no defaults: valid stand-ins"),
        new("019_tf_aws_autoscaling_lifecycle_hook.txt",
            ["name                   = \"nomad-client-draining\"", "drain_lambda_uuid", "heartbeat_timeout      = 600"],
            [new() { LifecycleHookName = "nomad-client-draining", AutoScalingGroupName = "nomad-clients", DefaultResult = "CONTINUE", HeartbeatTimeout = 600, LifecycleTransition = Terminating, NotificationMetadata = "{\"drain_lambda_uuid\":\"6f1c8a53-3c2e-4f7e-9d1a-0b5e8c7d2a41\"}" }],
            StandIns: "jsonencode() of a random_uuid: a UUID"),
        new("020_tf_aws_autoscaling_lifecycle_hook.txt",
            ["name                    = \"ecs-default-container-draining\"", "heartbeat_timeout       = 900"],
            [new() { LifecycleHookName = "ecs-default-container-draining", AutoScalingGroupName = "ecs", DefaultResult = "ABANDON", HeartbeatTimeout = 900, LifecycleTransition = Terminating, NotificationTargetARN = Sns("cluster-instances-asg-lifecycle"), RoleARN = Role("container-draining_asg_lifecycle_hook") }]),
        new("021_tf_aws_autoscaling_lifecycle_hook.txt",
            ["\"${var.environment}-${var.name}-ecs-graceful\"", "heartbeat_timeout       = 900"],
            [new() { LifecycleHookName = "prod-app-ecs-graceful", AutoScalingGroupName = "ecs", DefaultResult = "ABANDON", HeartbeatTimeout = 900, LifecycleTransition = Terminating, NotificationTargetARN = Sns("sns_ecs_graceful"), RoleARN = Role("sns_graceful_ecs_func") }],
            StandIns: "var.environment: prod, var.name: app"),
        new("022_tf_module_initial_lifecycle_hooks.txt",
            ["name                 = \"LifecycleHookWhenLaunching\"", "name                 = \"LifecycleHookWhenTerminating\""],
            [],
            [
                new() { LifecycleHookName = "LifecycleHookWhenLaunching", DefaultResult = "ABANDON", HeartbeatTimeout = 3600, LifecycleTransition = Launching },
                new() { LifecycleHookName = "LifecycleHookWhenTerminating", DefaultResult = "ABANDON", HeartbeatTimeout = 3600, LifecycleTransition = Terminating },
            ]),
        new("023_sdk_boto3_put_lifecycle_hook.txt",
            ["LifecycleTransition=\"autoscaling:EC2_INSTANCE_LAUNCHING\"", "DefaultResult=\"ABANDON\"", "HeartbeatTimeout=config.HEARTBEAT_TIMEOUT"],
            [new() { LifecycleHookName = "web-launch-hook-a1b2", AutoScalingGroupName = "web-asg-a1b2", LifecycleTransition = Launching, HeartbeatTimeout = 900, DefaultResult = "ABANDON" }],
            StandIns: "config.py: HEARTBEAT_TIMEOUT = 900, SUFFIX = a1b2"),
        new("024_tf_aws_autoscaling_lifecycle_hook.txt",
            ["\"${var.environment}-${var.name}-lifecycle\"", "heartbeat_timeout       = 300"],
            [new() { LifecycleHookName = "prod-app-lifecycle", AutoScalingGroupName = "asg", DefaultResult = "ABANDON", HeartbeatTimeout = 300, LifecycleTransition = Terminating, NotificationTargetARN = Sns("lifecycle"), RoleARN = Role("lifecycle_trust") }]),
        new("025_tf_aws_autoscaling_lifecycle_hook.txt",
            ["name                    = \"termination-hook-worker\"", "heartbeat_timeout       = 300", "default_result          = \"CONTINUE\""],
            [new() { LifecycleHookName = "termination-hook-worker", AutoScalingGroupName = "worker_asg", DefaultResult = "CONTINUE", HeartbeatTimeout = 300, LifecycleTransition = Terminating, NotificationTargetARN = Sqs("asg_lifecycle_queue"), RoleARN = Role("asg_lifecycle_role") }]),
        new("026_sdk_boto3_put_lifecycle_hook_commented.txt",
            ["LifecycleHookName='lifecycle_hook_test'", "AutoScalingGroupName='launch_configuration_test'"],
            [new() { LifecycleHookName = "lifecycle_hook_test", AutoScalingGroupName = "launch_configuration_test" }],
            StandIns: "none: the call gives only these two members"),
    ];
}
