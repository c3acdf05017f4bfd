using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Schemas;
using Lifecycle.Core.Tests.CodeDeploy.AppSpec;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.Schemas;

/// <summary>
/// The AppSpec schemas against what deploys: every file of the corpus that the agent (EC2/On-Premises) or the index
/// (ECS, Lambda) accepts is valid against its schema, and so is every sample and every generated well-formed AppSpec.
/// </summary>
public partial class AppSpecSchemaTests
{
    [CorpusFact]
    public void EveryServerFileTheAgentAccepts_IsValidAgainstTheSchema()
    {
        var problems = new List<string>();
        var checkedFiles = 0;
        foreach (var (file, _) in AcceptedByTheAgent("appspec-agent-verdicts.jsonl"))
        {
            checkedFiles++;
            var text = File.ReadAllText(Path.Combine(SharedFolder.Corpus!, "appspec", file), Encoding.UTF8);
            if (text.Contains("<<", StringComparison.Ordinal))
            {
                // A merge key is YAML's, and a JSON Schema sees the file before it is merged.
                continue;
            }

            var json = YamlAsJson.Convert(text);
            if ((SchemaCheck.Errors(ServerAppSpecSchema.Name, json) ?? SchemaCheck.Errors(AppSpecSchema.Name, json)) is { } errors)
            {
                problems.Add($"{file}:\n{errors}");
            }
        }

        Assert.True(checkedFiles > 100, $"only {checkedFiles} files the agent accepts were found");
        Assert.True(problems.Count == 0, $"{problems.Count} files the agent deploys are refused by the schema:\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// The machine-made variants: each the agent deploys and this SDK reads alike (the same hook table; where the two
    /// readers still disagree is issue 13's business, not the schema's) is valid against the schema.
    /// </summary>
    [CorpusFact]
    public void EveryMutantTheAgentAndTheSdkAccept_IsValidAgainstTheSchema()
    {
        var problems = new List<string>();
        var checkedFiles = 0;
        foreach (var (file, hooks) in AcceptedByTheAgent("appspec-mutants-verdicts.jsonl"))
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(SharedFolder.Corpus!, "appspec-mutants", file)));
            var document = AppSpecReader.Read(text, new AppSpecOptions { Platform = ComputePlatform.Server });
            if (!document.IsValid || AppSpecHookTable.ToJson(document.Server!) != hooks)
            {
                continue;
            }

            if (text.Contains("<<", StringComparison.Ordinal))
            {
                // A merge key is YAML's, and a JSON Schema sees the file before it is merged.
                continue;
            }

            var json = YamlAsJson.Convert(text);
            if (DepthOf(json) > 64)
            {
                // An editor's schema validator is no reader of such nesting; the agent test covers these files.
                continue;
            }

            checkedFiles++;
            if (SchemaCheck.Errors(ServerAppSpecSchema.Name, json) is { } errors)
            {
                problems.Add($"{file}:\n{errors}");
            }
        }

        Assert.True(checkedFiles > 500, $"only {checkedFiles} mutants were compared");
        Assert.True(problems.Count == 0, $"{problems.Count} mutants the agent deploys are refused by the schema:\n" + string.Join("\n", problems.Take(20)));
    }

    [CorpusFact]
    public void EveryEcsAndLambdaFileTheIndexAccepts_IsValidAgainstItsSchema()
    {
        var problems = new List<string>();
        var checkedFiles = 0;
        foreach (var row in File.ReadLines(Path.Combine(SharedFolder.Corpus!, "appspec-index.tsv")).Skip(1).Select(l => l.Split('\t')))
        {
            var (file, guess, note) = (row[0], row[4], row[5]);
            if (guess is not ("ecs" or "lambda") || Marker().Match(note).Groups[1].Value is not ("OK" or "WARN")
                || FunctionAppSpecCorpusTests.KnownDisagreements.ContainsKey(file))
            {
                continue;
            }

            checkedFiles++;
            var schema = guess == "ecs" ? FunctionAppSpecSchemas.EcsName : FunctionAppSpecSchemas.LambdaName;
            var json = YamlAsJson.Convert(File.ReadAllText(Path.Combine(SharedFolder.Corpus!, "appspec", file)));
            if ((SchemaCheck.Errors(schema, json) ?? SchemaCheck.Errors(AppSpecSchema.Name, json)) is { } errors)
            {
                problems.Add($"{file}:\n{errors}");
            }
        }

        Assert.True(checkedFiles > 10, $"only {checkedFiles} ECS and Lambda files were found");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("samples/web-app-fixed/appspec.yml", ServerAppSpecSchema.Name)]
    [InlineData("samples/hello-revision/appspec.yml", ServerAppSpecSchema.Name)]
    [InlineData("samples/ecs-service/appspec.yaml", FunctionAppSpecSchemas.EcsName)]
    [InlineData("samples/lambda-function/appspec.yml", FunctionAppSpecSchemas.LambdaName)]
    public void TheValidSamples_AreValidAgainstTheirSchema(string sample, string schema)
    {
        var text = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, sample));
        Assert.True(AppSpecReader.Read(text).IsValid);
        Assert.Null(SchemaCheck.Errors(schema, YamlAsJson.Convert(text)));
        Assert.Null(SchemaCheck.Errors(AppSpecSchema.Name, YamlAsJson.Convert(text)));
    }

    [Theory]
    [InlineData("version: \"0.0\"\nos: linux\n")]            // the string the agent refuses
    [InlineData("version: 0.0\nos: Linux\n")]
    [InlineData("version: 0.0\n")]
    [InlineData("version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - timeout: 30\n")]
    [InlineData("version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: a.sh\n      timeout: 0\n")]
    [InlineData("version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: a.sh\n      timeout: soon\n")]
    [InlineData("version: 0.0\nos: linux\nfile_exists_behavior: overwrite\n")]
    [InlineData("version: 0.0\nos: linux\nfiles:\n  - source: /\n")]
    public void WhatTheAgentRefusesAndASchemaCanSay_IsInvalid(string yaml)
    {
        Assert.False(AppSpecReader.Read(yaml, new AppSpecOptions { Platform = ComputePlatform.Server }).IsValid);
        Assert.NotNull(SchemaCheck.Errors(ServerAppSpecSchema.Name, YamlAsJson.Convert(yaml)));
        Assert.NotNull(SchemaCheck.Errors(AppSpecSchema.Name, YamlAsJson.Convert(yaml)));
    }

    [Fact]
    public void TheServerSchema_NamesTheKeysTheReaderKnows()
    {
        var schema = JsonNode.Parse(JsonSchemas.Get(ServerAppSpecSchema.Name))!;
        string[] Keys(JsonNode? node) => [.. node!["properties"]!.AsObject().Select(p => p.Key)];
        // Each of these is null, false (both dropped by the agent) or the value itself, in that order.
        var scripts = schema["properties"]!["hooks"]!["anyOf"]![2]!["properties"]!["ApplicationStart"]!["anyOf"]![2]!["items"];
        Assert.Equal("#/definitions/" + ServerAppSpecSchema.ScriptDefinition, (string?)scripts!["$ref"]);
        var script = schema["definitions"]![ServerAppSpecSchema.ScriptDefinition];
        var permission = schema["properties"]!["permissions"]!["anyOf"]![2]!["items"];

        Assert.Equal(AppSpecVocabulary.ServerTopLevelKeys, Keys(schema));
        Assert.Equal(AppSpecVocabulary.ScriptKeys, Keys(script));
        Assert.Equal(AppSpecVocabulary.PermissionKeys, Keys(permission));
        Assert.Equal(LifecycleEventNames.ServerScriptable, Keys(schema["properties"]!["hooks"]!["anyOf"]![2]));
    }

    [Property(Arbitrary = [typeof(AppSpecReaderTests.AppSpecArbitraries)])]
    public bool Property_EveryWellFormedAppSpec_IsValidAgainstTheSchema(ServerAppSpec spec) =>
        SchemaCheck.IsValid(ServerAppSpecSchema.Name, YamlAsJson.Convert(AppSpecWriter.Write(spec)));

    // The files of a verdicts file that the agent deploys, with the hook table it read.
    private static IEnumerable<(string File, string Hooks)> AcceptedByTheAgent(string verdicts)
    {
        foreach (var line in File.ReadLines(Path.Combine(SharedFolder.Corpus!, verdicts)))
        {
            using var verdict = JsonDocument.Parse(line);
            if (verdict.RootElement.GetProperty("verdict").GetString() == "valid")
            {
                yield return (verdict.RootElement.GetProperty("file").GetString()!, JsonSerializer.Serialize(verdict.RootElement.GetProperty("hooks")));
            }
        }
    }

    [GeneratedRegex(@"\[([A-Z-]+)\]")]
    private static partial Regex Marker();

    private static int DepthOf(System.Text.Json.Nodes.JsonNode? root)
    {
        var deepest = 0;
        var pending = new Stack<(System.Text.Json.Nodes.JsonNode? Node, int Depth)>([(root, 0)]);
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            var children = item.Node switch
            {
                System.Text.Json.Nodes.JsonArray array => array.AsEnumerable(),
                System.Text.Json.Nodes.JsonObject obj => obj.Select(p => p.Value),
                _ => [],
            };
            foreach (var child in children)
            {
                pending.Push((child, item.Depth + 1));
            }
        }

        return deepest;
    }
}
