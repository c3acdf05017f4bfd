using System.Text.Json.Nodes;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.Schemas;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.Schemas;

/// <summary>The schema catalog, the files committed under schemas/, and the scenario schema against the scenario reader.</summary>
public class JsonSchemasTests
{
    private static readonly string Folder = Path.Combine(SharedFolder.RepositoryRoot, "schemas");

    [Fact]
    public void Names_AreTheDocumentedOnes()
    {
        Assert.Equal(["appspec", "appspec-server", "appspec-ecs", "appspec-lambda", "put-lifecycle-hook", "scenario", "validate-report", "plan", "simulate-line"], JsonSchemas.Names);
        Assert.False(JsonSchemas.TryGet("appspec-k8s", out _));
        Assert.Contains("appspec-server", Assert.Throws<ArgumentException>(() => JsonSchemas.Get("appspec-k8s")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySchema_IsDraft07_AndDescribesEveryProperty()
    {
        foreach (var name in JsonSchemas.Names)
        {
            var schema = JsonNode.Parse(JsonSchemas.Get(name))!;
            Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)schema["$schema"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)schema["title"]));
            _ = SchemaCheck.Schema(name); // the validator builds it
            var undescribed = Properties(schema).Where(p => p.Value is JsonObject o && !o.ContainsKey("description") && !o.ContainsKey("$ref")).Select(p => p.Key).ToList();
            Assert.True(undescribed.Count == 0, $"{name}: properties without a description: {string.Join(", ", undescribed)}");
        }
    }

    /// <summary>The files under schemas/ (packed into Lifecycle.Core, pointed at by editors) are the generated schemas.</summary>
    [Fact]
    public void TheCommittedFiles_AreTheGeneratedSchemas()
    {
        if (Environment.GetEnvironmentVariable("LIFECYCLE_ACCEPT_SCHEMAS") == "1")
        {
            Directory.CreateDirectory(Folder);
            foreach (var name in JsonSchemas.Names)
            {
                File.WriteAllText(Path.Combine(Folder, name + ".schema.json"), JsonSchemas.Get(name));
            }
        }

        foreach (var name in JsonSchemas.Names)
        {
            var path = Path.Combine(Folder, name + ".schema.json");
            Assert.True(File.Exists(path) && File.ReadAllText(path) == JsonSchemas.Get(name),
                $"schemas/{name}.schema.json is not the generated schema; run the tests with LIFECYCLE_ACCEPT_SCHEMAS=1 to rewrite it.");
        }

        Assert.Equal(JsonSchemas.Names.Order(StringComparer.Ordinal), Directory.GetFiles(Folder, "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("appspec-server", "appspec.yml of an EC2/On-Premises revision")]
    [InlineData("scenario", "An Auto Scaling group, its hooks and warm pool")]
    [InlineData("put-lifecycle-hook", "One PutLifecycleHook request, or an array")]
    public void TheRootDescription_IsTheSchemasOwn(string name, string start) =>
        Assert.StartsWith(start, (string?)JsonNode.Parse(JsonSchemas.Get(name))!["description"], StringComparison.Ordinal);

    [Fact]
    public void TheScenarioSchema_NamesTheKeysTheReaderKnows()
    {
        var schema = JsonNode.Parse(JsonSchemas.Get(ScenarioSchema.Name))!;
        static string[] Keys(JsonNode? node) => [.. node!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)];
        static string[] Sorted(IEnumerable<string> keys) => [.. keys.Order(StringComparer.Ordinal)];

        Assert.Equal(Sorted(SimulationScenarioReader.TopKeys), Keys(schema));
        Assert.Equal(Sorted(["at", .. SimulationScenarioReader.StepActions]), Keys(schema["properties"]!["steps"]!["items"]));
        Assert.Equal(Sorted(SimulationScenarioReader.HookKeys), Keys(schema["properties"]!["hooks"]!["items"]));
    }

    [Theory]
    [InlineData("scale-in.yaml")]
    [InlineData("launch-with-warmup.yaml")]
    [InlineData("warm-pool.yaml")]
    public void TheSampleScenarios_AreValidAgainstTheSchema(string file)
    {
        var text = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "samples", "simulation", file));
        Assert.True(SimulationScenarioReader.Read(text).Succeeded);
        Assert.Null(SchemaCheck.Errors(ScenarioSchema.Name, YamlAsJson.Convert(text)));
    }

    [Theory]
    [InlineData("group: web\nsteps:\n  - at: 0\n    launch: 1\n    terminate: i-1\n")]
    [InlineData("group: web\nsteps:\n  - launch: 1\n")]
    [InlineData("group: web\nstep:\n  - at: 0\n    launch: 1\n")]
    [InlineData("group: web\nwarmPool: { PoolState: Warm }\n")]
    [InlineData("group: web\nsteps:\n  - at: 5\n    complete: { instance: i-1, hook: drain }\n")]
    [InlineData("group: web\nhooks:\n  - LifecycleHookName: drain\n    LifecycleTransition: autoscaling:EC2_INSTANCE_TERMINATING\n    HeartbeatTimeout: 10\n")]
    [InlineData("steps: []\n")]
    public void WhatTheReaderRefusesAndASchemaCanSay_IsInvalid(string yaml)
    {
        Assert.False(SimulationScenarioReader.Read(yaml).Succeeded);
        Assert.NotNull(SchemaCheck.Errors(ScenarioSchema.Name, YamlAsJson.Convert(yaml)));
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Properties(JsonNode? node) => node switch
    {
        JsonObject o => (o["properties"] is JsonObject props ? props.AsEnumerable() : []).Concat(o.SelectMany(p => Properties(p.Value))),
        JsonArray a => a.SelectMany(Properties),
        _ => [],
    };
}
