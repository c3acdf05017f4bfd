using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lifecycle.Core.Schemas;

/// <summary>
/// JSON Schemas (draft-07) of the documents people write for this SDK (AppSpec files of each platform, PutLifecycleHook
/// requests, simulation scenarios) and of the JSON the <c>lifecycle</c> tool writes. They are built from the same keys, values and limits the validators use, so an
/// editor that checks a file against them agrees with the validator on everything a schema can say; the validator
/// says more (what the agent will do, with the line and column). The package also carries them as files, under
/// <c>schemas/</c>.
/// </summary>
public static class JsonSchemas
{
    private static readonly (string Name, Func<JsonObject> Build)[] Catalog =
    [
        (AppSpecSchema.Name, AppSpecSchema.Build),
        (ServerAppSpecSchema.Name, ServerAppSpecSchema.Build),
        (FunctionAppSpecSchemas.EcsName, FunctionAppSpecSchemas.BuildEcs),
        (FunctionAppSpecSchemas.LambdaName, FunctionAppSpecSchemas.BuildLambda),
        (PutLifecycleHookSchema.Name, PutLifecycleHookSchema.Build),
        (ScenarioSchema.Name, ScenarioSchema.Build),
        (OutputSchemas.ValidateReportName, OutputSchemas.ValidateReport),
        (OutputSchemas.PlanName, OutputSchemas.Plan),
        (OutputSchemas.SimulateLineName, OutputSchemas.SimulateLine),
    ];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The names of the schemas: <c>appspec</c> (any platform), <c>appspec-server</c>, <c>appspec-ecs</c>, <c>appspec-lambda</c>, <c>put-lifecycle-hook</c>,
    /// <c>scenario</c>, and the tool's output: <c>validate-report</c>, <c>plan</c>, <c>simulate-line</c>.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = [.. Catalog.Select(c => c.Name)];

    /// <summary>The schema named <paramref name="name"/> as indented JSON text, or false when there is none of that name.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out string? schema)
    {
        foreach (var (known, build) in Catalog)
        {
            if (known == name)
            {
                schema = build().ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
                return true;
            }
        }

        schema = null;
        return false;
    }

    /// <summary>The schema named <paramref name="name"/> as indented JSON text.</summary>
    /// <exception cref="ArgumentException">There is no schema of that name.</exception>
    public static string Get(string name) =>
        TryGet(name, out var schema) ? schema : throw new ArgumentException($"There is no schema named \"{name}\". The schemas are: {string.Join(", ", Names)}.", nameof(name));
}
