using System.Text.Json.Nodes;
using static Lifecycle.Core.Schemas.SchemaNodes;

namespace Lifecycle.Core.Schemas;

/// <summary>
/// Any AppSpec, for editors and catalogs that map one schema to the file name appspec.yml: a file with
/// <c>Resources</c> is an ECS or a Lambda AppSpec, any other an EC2/On-Premises one (the detection the reader makes).
/// </summary>
internal static class AppSpecSchema
{
    public const string Name = "appspec";

    public static JsonObject Build()
    {
        var definitions = new JsonObject();
        foreach (var (name, schema) in new[]
        {
            ("server", ServerAppSpecSchema.Build()),
            ("ecs", FunctionAppSpecSchemas.BuildEcs()),
            ("lambda", FunctionAppSpecSchemas.BuildLambda()),
        })
        {
            // A platform's own definitions move up beside it, where its "#/definitions/..." references point.
            if (schema["definitions"] is JsonObject own)
            {
                schema.Remove("definitions");
                foreach (var (key, value) in own.ToList())
                {
                    own.Remove(key);
                    definitions.Add(key, value);
                }
            }

            definitions[name] = Body(schema);
        }
        return Root(Name, "AWS CodeDeploy AppSpec",
            "appspec.yml, appspec.yaml or appspec.json of any compute platform: EC2/On-Premises (version, os, files, permissions, hooks), "
            + "or Amazon ECS and AWS Lambda (version, Resources, Hooks).",
            new JsonObject
            {
                ["definitions"] = definitions,
                ["if"] = new JsonObject { ["type"] = "object", ["required"] = Array(["Resources"]) },
                ["then"] = new JsonObject { ["anyOf"] = new JsonArray(Ref("ecs"), Ref("lambda")) },
                ["else"] = Ref("server"),
            });
    }

    // A schema's body, without the keys of a root.
    private static JsonObject Body(JsonObject schema)
    {
        schema.Remove("$schema");
        schema.Remove("$id");
        return schema;
    }
}
