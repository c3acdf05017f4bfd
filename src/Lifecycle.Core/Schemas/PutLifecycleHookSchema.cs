using System.Globalization;
using System.Text.Json.Nodes;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Validation;
using static Lifecycle.Core.Schemas.SchemaNodes;

namespace Lifecycle.Core.Schemas;

/// <summary>
/// The PutLifecycleHook request as <c>aws autoscaling put-lifecycle-hook --cli-input-json</c> and
/// <c>lifecycle hook validate</c> take it: one request or an array. Every bound comes from the rules the
/// validator uses (<see cref="AutoScalingRules"/>, <see cref="CharacterRules"/>), so the two cannot drift apart.
/// </summary>
internal static class PutLifecycleHookSchema
{
    public const string Name = "put-lifecycle-hook";

    public static JsonObject Build()
    {
        var root = Root(Name, "Amazon EC2 Auto Scaling PutLifecycleHook request",
            "One PutLifecycleHook request, or an array of them, in the member names of the AWS API. The request creates a hook, "
            + "or updates the hook of that name in the group. Checked here as a creation: LifecycleTransition is required.",
            new JsonObject
            {
                ["definitions"] = new JsonObject { ["request"] = Request(groupRequired: true) },
                ["oneOf"] = new JsonArray(Ref("request"), ArrayOf("Several requests, each checked on its own.", Ref("request"))),
            });
        return root;
    }

    /// <summary>One request; a scenario's hook names no group (the scenario's is used), so there it is optional.</summary>
    internal static JsonObject Request(bool groupRequired)
    {
        var request = Object("A PutLifecycleHook request. The AWS CLI refuses members it does not know, and so does this schema.",
            new JsonObject
            {
                ["LifecycleHookName"] = HookName(
                    $"The hook's name, unique in its group: 1 to {AutoScalingRules.NameMaxLength} of the letters A-Z and a-z, the digits 0-9, '-', '_' and '/'."),
                ["AutoScalingGroupName"] = String(
                    $"The Auto Scaling group the hook belongs to: 1 to {AutoScalingRules.NameMaxLength} characters that XML 1.0 allows.",
                    1, AutoScalingRules.NameMaxLength, CharacterRules.XmlCharactersPattern),
                ["LifecycleTransition"] = Enum(
                    "When the hook runs: as instances launch (they wait in Pending:Wait) or as they terminate (Terminating:Wait). "
                    + "Required to create a hook; an update of an existing hook may leave it out.",
                    [LifecycleTransition.LaunchingWire, LifecycleTransition.TerminatingWire]),
                ["HeartbeatTimeout"] = Integer(string.Create(CultureInfo.InvariantCulture,
                    $"Seconds an instance waits for CompleteLifecycleAction or a heartbeat before DefaultResult applies: {HeartbeatTimeout.MinSeconds} to {HeartbeatTimeout.MaxSeconds}, "
                    + $"default {HeartbeatTimeout.DefaultSeconds}. Each heartbeat restarts it; the wait never exceeds the global timeout of 100 times this value, at most 48 hours."),
                    HeartbeatTimeout.MinSeconds, HeartbeatTimeout.MaxSeconds),
                ["DefaultResult"] = Enum(
                    "What Auto Scaling does when the heartbeat timeout passes or the hook fails: CONTINUE (the default) or ABANDON. "
                    + "For a launching hook ABANDON terminates the instance; for a terminating hook both let it terminate.",
                    [LifecycleActionResult.ContinueWire, LifecycleActionResult.AbandonWire]),
                ["NotificationTargetARN"] = String(
                    $"The SNS topic or SQS queue (standard, not FIFO) that receives the lifecycle notifications; 0 to {AutoScalingRules.NameMaxLength} characters, "
                    + "an empty string removes the target. Needs RoleARN. Without a target, notifications go to EventBridge only.",
                    0, AutoScalingRules.NameMaxLength, CharacterRules.XmlCharactersPattern),
                ["RoleARN"] = String(
                    $"The IAM role that lets Auto Scaling publish to NotificationTargetARN; 1 to {AutoScalingRules.NameMaxLength} characters.",
                    1, AutoScalingRules.NameMaxLength, CharacterRules.XmlCharactersPattern),
                ["NotificationMetadata"] = String(
                    $"Text passed on in every notification of the hook: 1 to {AutoScalingRules.MetadataMaxLength} characters of printable ASCII, tab, line feed or carriage return.",
                    1, AutoScalingRules.MetadataMaxLength, CharacterRules.PrintableAsciiPattern),
            },
            required: groupRequired ? ["LifecycleHookName", "AutoScalingGroupName", "LifecycleTransition"] : ["LifecycleHookName", "LifecycleTransition"],
            closed: true);

        // The role is what lets Auto Scaling publish to the target, so a (non-empty) target needs one.
        request["if"] = new JsonObject
        {
            ["properties"] = new JsonObject { ["NotificationTargetARN"] = new JsonObject { ["description"] = "A target that is set.", ["minLength"] = 1 } },
            ["required"] = Array(["NotificationTargetARN"]),
        };
        request["then"] = new JsonObject { ["required"] = Array(["RoleARN"]) };
        return request;
    }

    /// <summary>A LifecycleHookName, by the rules of <see cref="LifecycleHookName"/>.</summary>
    internal static JsonObject HookName(string description) =>
        String(description, 1, AutoScalingRules.NameMaxLength, CharacterRules.HookNamePattern);

    /// <summary>An InstanceId, by the rules of <see cref="InstanceId"/>.</summary>
    internal static JsonObject InstanceId(string description) =>
        String(description, 1, AutoScalingRules.InstanceIdMaxLength, CharacterRules.XmlCharactersPattern);
}
