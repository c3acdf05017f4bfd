using System.Text.Json.Nodes;
using Lifecycle.Core.CodeDeploy.AppSpec;
using static Lifecycle.Core.Schemas.SchemaNodes;

namespace Lifecycle.Core.Schemas;

/// <summary>
/// The Amazon ECS and AWS Lambda AppSpecs, which the CodeDeploy service reads (YAML or JSON): version, one resource
/// and the hooks, each hook an event of the platform naming a Lambda function (reference §7.2, §7.3). Event names and
/// values come from <see cref="LifecycleEventNames"/> and <see cref="AppSpecVocabulary"/>.
/// </summary>
internal static class FunctionAppSpecSchemas
{
    public const string EcsName = "appspec-ecs";
    public const string LambdaName = "appspec-lambda";

    public static JsonObject BuildEcs()
    {
        var text = String("Text.", minLength: 1);
        var number = new JsonObject
        {
            ["description"] = "A whole number (digits in quotes are read too, with a warning).",
            ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer", ["minimum"] = 0 }, String("Digits.", pattern: "^[0-9]+$")),
        };
        var properties = Object("The service's properties.",
            new JsonObject
            {
                ["TaskDefinition"] = String("The ARN of the task definition of the replacement task set.", minLength: 1),
                ["LoadBalancerInfo"] = Object("The container that receives the load balancer's traffic.",
                    new JsonObject
                    {
                        ["ContainerName"] = String("The container's name in the task definition.", minLength: 1),
                        ["ContainerPort"] = Described(number, "The container's port, 1 to 65535."),
                    },
                    required: ["ContainerName", "ContainerPort"]),
                ["PlatformVersion"] = String("The Fargate platform version, such as LATEST or 1.4.0."),
                ["NetworkConfiguration"] = Object("The task set's network: all of Subnets, SecurityGroups and AssignPublicIp under AwsvpcConfiguration, or none.",
                    new JsonObject
                    {
                        ["AwsvpcConfiguration"] = Object("Subnets, security groups and public IP of the tasks.",
                            new JsonObject
                            {
                                ["Subnets"] = ArrayOf("Subnet IDs.", text.DeepClone()),
                                ["SecurityGroups"] = ArrayOf("Security group IDs.", text.DeepClone()),
                                ["AssignPublicIp"] = Enum("Whether the tasks get a public IP.", AppSpecVocabulary.AssignPublicIpValues),
                            }),
                    },
                    required: ["AwsvpcConfiguration"]),
                ["CapacityProviderStrategy"] = ArrayOf("Capacity providers of the task set; only one may have a Base.", Object("A capacity provider.",
                    new JsonObject
                    {
                        ["CapacityProvider"] = String("The provider's name, such as FARGATE or FARGATE_SPOT.", minLength: 1),
                        ["Base"] = Described(number, "Tasks placed on this provider first."),
                        ["Weight"] = Described(number, "This provider's share of the other tasks."),
                    },
                    required: ["CapacityProvider"])),
            },
            required: ["TaskDefinition", "LoadBalancerInfo"]);
        return Build(EcsName, "AWS CodeDeploy AppSpec (Amazon ECS)", "the ECS service to deploy", AppSpecVocabulary.EcsServiceType, properties, LifecycleEventNames.Ecs);
    }

    public static JsonObject BuildLambda()
    {
        var version = new JsonObject
        {
            ["description"] = "A published version number of the function (not $LATEST).",
            ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer", ["minimum"] = 1 }, String("Digits.", pattern: "^0*[1-9][0-9]*$")),
        };
        var properties = Object("The function and the alias that moves.",
            new JsonObject
            {
                ["Name"] = String("The function's name.", minLength: 1),
                ["Alias"] = String("The alias whose traffic shifts from CurrentVersion to TargetVersion.", minLength: 1),
                ["CurrentVersion"] = Described(version, "The version the alias points at now."),
                ["TargetVersion"] = Described(version, "The version the alias moves to."),
            },
            required: ["Name", "Alias", "CurrentVersion", "TargetVersion"]);
        return Build(LambdaName, "AWS CodeDeploy AppSpec (AWS Lambda)", "the Lambda function whose alias moves", AppSpecVocabulary.LambdaFunctionType, properties, LifecycleEventNames.Lambda);
    }

    private static JsonObject Build(string name, string title, string resource, string type, JsonObject properties, string[] events)
    {
        var hookProperties = new JsonObject();
        foreach (var e in events)
        {
            hookProperties[e] = String($"The Lambda function (name or ARN) that CodeDeploy invokes at {e}; it reports back with PutLifecycleEventHookExecutionStatus.", minLength: 1);
        }

        var hook = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "One hook: the event, and the Lambda function CodeDeploy invokes for it.",
            ["properties"] = hookProperties,
            ["additionalProperties"] = false,
            ["minProperties"] = 1,
            ["maxProperties"] = 1,
        };
        var resourceEntry = new JsonObject
        {
            ["type"] = "object",
            ["description"] = $"The resource's name, and its Type and Properties: {resource}.",
            ["minProperties"] = 1,
            ["maxProperties"] = 1,
            ["additionalProperties"] = Object($"{resource}.",
                new JsonObject
                {
                    ["Type"] = new JsonObject { ["const"] = type, ["description"] = $"Always {type}." },
                    ["Properties"] = properties,
                },
                required: ["Type", "Properties"]),
        };
        return Root(name, title, $"The AppSpec of a deployment of {resource}, as CodeDeploy reads it (YAML or JSON).",
            Object("An AppSpec file.",
                new JsonObject
                {
                    ["version"] = new JsonObject
                    {
                        ["description"] = "The AppSpec version: 0.0 (in JSON also the string \"0.0\").",
                        ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "number", ["const"] = 0 }, new JsonObject { ["const"] = AppSpecVersion.Text }),
                    },
                    ["Resources"] = ArrayOf($"Exactly one resource: {resource}.", resourceEntry, minItems: 1, maxItems: 1),
                    ["Hooks"] = AnyOf("The hooks, in order, each an event and a Lambda function.", Null(), ArrayOf("Hooks.", hook)),
                },
                required: ["version", "Resources"]));
    }
}
