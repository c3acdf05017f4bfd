using System.Text.Json.Nodes;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Diagnostics;
using static Lifecycle.Core.Schemas.SchemaNodes;

namespace Lifecycle.Core.Schemas;

/// <summary>
/// The JSON documents the <c>lifecycle</c> tool writes, for the programs that read them: the validate report
/// (<c>appspec validate</c> and <c>hook validate</c> with <c>--format json</c>), the deployment plan
/// (<c>appspec plan --format json</c>) and one line of <c>simulate --format json</c>. Value sets come from the
/// model's own enums. The CLI's tests check its real output against these.
/// </summary>
internal static class OutputSchemas
{
    public const string ValidateReportName = "validate-report";
    public const string PlanName = "plan";
    public const string SimulateLineName = "simulate-line";

    private static readonly string[] Platforms = [.. System.Enum.GetNames<ComputePlatform>().Select(n => n.ToLowerInvariant())];

    public static JsonObject ValidateReport()
    {
        var position = Integer("1-based.", 1);
        var diagnostic = Object("One finding.",
            new JsonObject
            {
                ["code"] = String("The stable code of the rule, such as APP102 or ASH108; docs/appspec-rules.md and docs/autoscaling-hooks.md list them."),
                ["severity"] = Enum("error fails the file; warning and info do not.", System.Enum.GetNames<DiagnosticSeverity>().Select(n => n.ToLowerInvariant()).Reverse()),
                ["message"] = String("What is wrong and how to fix it."),
                ["path"] = String("The member the finding is about, such as hooks.ApplicationStart[0].timeout or [1].HeartbeatTimeout."),
                ["title"] = String("The rule's title, from the catalogue of rules (the same as SARIF's short description)."),
                ["helpUri"] = String("Where the rule is explained, with a bad and a fixed example."),
                ["line"] = Described(position, "Where the finding starts: line."),
                ["column"] = Described(position, "Where the finding starts: column."),
                ["endLine"] = Described(position, "Where it ends: line."),
                ["endColumn"] = Described(position, "Where it ends: column."),
            },
            required: ["code", "severity", "message", "path"], closed: true);
        var file = Object("The findings of one file.",
            new JsonObject
            {
                ["path"] = String("The file, as given on the command line (a folder resolved to its AppSpec)."),
                ["platform"] = Enum("appspec validate only: the compute platform the file was read as.", Platforms),
                ["valid"] = Boolean("True when the file has no error."),
                ["diagnostics"] = ArrayOf("The findings, in order.", diagnostic),
                ["hooks"] = AnyOf("appspec validate only: for a server AppSpec with no error, the hook table as the agent reads it; null otherwise.",
                    Null(), HookTable()),
            },
            required: ["path", "valid", "diagnostics"], closed: true);
        return Root(ValidateReportName, "lifecycle validate report",
            "What lifecycle appspec validate and lifecycle hook validate print with --format json.",
            Object("The report.", new JsonObject { ["files"] = ArrayOf("One entry per file checked.", file) }, required: ["files"], closed: true));
    }

    public static JsonObject Plan()
    {
        var lifecycleEvent = Object("One lifecycle event.",
            new JsonObject
            {
                ["name"] = String("The event's name."),
                ["scriptable"] = Boolean("False for an event CodeDeploy reserves for itself."),
                ["scope"] = Enum("Whether the event runs on each instance or once for the deployment.", ["instance", "deployment"]),
                ["revision"] = AnyOf("Which revision's scripts the event runs; null for a reserved event.", Null(),
                    Enum("current, last-successful or most-recent.", ["current", "last-successful", "most-recent"])),
                ["scripts"] = ArrayOf("EC2/On-Premises: the scripts, in order.", Script()),
                ["function"] = AnyOf("ECS and Lambda: the hook's Lambda function, or null.", Null(), String("A function name or ARN.")),
            },
            required: ["name", "scriptable", "scope", "revision"], closed: true);
        return Root(PlanName, "lifecycle deployment plan", "What lifecycle appspec plan prints with --format json.",
            Object("The plan.",
                new JsonObject
                {
                    ["platform"] = Enum("The compute platform of the AppSpec.", Platforms),
                    ["events"] = ArrayOf("The lifecycle events, in the order they run.", lifecycleEvent),
                },
                required: ["platform", "events"], closed: true));
    }

    public static JsonObject SimulateLine()
    {
        var states = System.Enum.GetValues<InstanceLifecycleState>().Select(s => s.ToWire()).Distinct();
        var locations = System.Enum.GetNames<InstanceLocation>();
        var results = new[] { LifecycleActionResult.ContinueWire, LifecycleActionResult.AbandonWire };
        var properties = new JsonObject
        {
            ["t"] = Integer("The second of virtual time (summary: the end of the run).", 0),
            ["type"] = Enum("What the line is.", ["state", "action", "notification", "error", "summary"]),
            ["instance"] = String("The instance id."),
            ["state"] = Enum("state: the state the instance entered, as the API spells it.", states),
            ["event"] = Enum("action: what happened to the lifecycle action.", ["started", "heartbeat", "completed", "timed-out", "stopped"]),
            ["hook"] = String("The hook's name."),
            ["token"] = String("The LifecycleActionToken.", AutoScaling.Validation.AutoScalingRules.TokenLength, AutoScaling.Validation.AutoScalingRules.TokenLength),
            ["heartbeatDeadline"] = Integer("action: the second the heartbeat timeout falls due."),
            ["globalDeadline"] = Integer("action: the second the global timeout falls due."),
            ["origin"] = Enum("action, warm pools only: where the instance comes from.", locations),
            ["destination"] = String("action: where the instance goes (EC2, AutoScalingGroup, WarmPool); notification: the target's ARN or EventBridge."),
            ["result"] = Enum("completed and timed-out: the result applied.", results),
            ["deadline"] = Enum("timed-out: which timeout fell due.", ["heartbeat", "global"]),
            ["channel"] = Enum("notification: where it was sent.", ["target", "eventbridge"]),
            ["message"] = new JsonObject
            {
                ["type"] = Array(["object", "string"]),
                ["description"] = "notification: the message body, as AWS sends it (an object); error: the service's error message (text).",
            },
            ["step"] = Integer("error: the number of the scenario step the service refused (1-based).", 1),
            ["code"] = String("error: the AWS error code."),
            ["truncated"] = Boolean("summary: true when the run stopped at the event limit."),
            ["instances"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "summary: each instance's last state.",
                ["additionalProperties"] = Enum("A state.", states),
            },
        };
        return Root(SimulateLineName, "lifecycle simulate line",
            "One line of lifecycle simulate --format json: an event of the run, or the summary that ends it.",
            Object("A line.", properties, required: ["t", "type"], closed: true));
    }

    private static JsonObject Script() => Object("A script as the agent runs it.",
        new JsonObject
        {
            ["location"] = String("The script's path in the revision."),
            ["timeout"] = Integer("Seconds it may run.", 1),
            ["runas"] = AnyOf("The user it runs as; null for the agent's own.", Null(), String("A user.")),
        },
        required: ["location", "timeout", "runas"], closed: true);

    private static JsonObject HookTable() => new()
    {
        ["type"] = "object",
        ["description"] = "Lifecycle event -> its scripts in order.",
        ["additionalProperties"] = ArrayOf("Scripts.", Script()),
    };
}
