using System.Text.RegularExpressions;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>
/// ECS and Lambda AppSpecs of the corpus are read by the service, not the agent, so their judgement comes from
/// appspec-index.tsv: a file marked [BROKEN] must get an error, one marked [OK] or [WARN] none, and each must be
/// detected as the platform its name gives.
/// </summary>
public partial class FunctionAppSpecCorpusTests
{
    /// <summary>Committed templates whose placeholders must be rendered first: as they stand, the deployment fails.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownDisagreements = new Dictionary<string, string>
    {
        ["252_ecs_pipeline-git-ecs-codedeploy--templates.yml"] = "ContainerPort is the placeholder text \"ContainerPort\"",
        ["283_lambda_aws-codedeploy-lambda-v3.yml"] = "CurrentVersion and TargetVersion are {{...}} placeholders",
    };

    [CorpusFact]
    public void EcsAndLambdaFiles_AgreeWithTheIndex()
    {
        var problems = new List<string>();
        foreach (var row in File.ReadLines(Path.Combine(SharedFolder.Corpus!, "appspec-index.tsv")).Skip(1).Select(l => l.Split('\t')))
        {
            var (file, guess, note) = (row[0], row[4], row[5]);
            var marker = Marker().Match(note).Groups[1].Value;
            if (guess is not ("ecs" or "lambda") || marker is not ("OK" or "WARN" or "BROKEN") || KnownDisagreements.ContainsKey(file))
            {
                continue;
            }

            var document = AppSpecReader.Read(File.ReadAllText(Path.Combine(SharedFolder.Corpus!, "appspec", file)));
            var errors = document.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} {d.Message}").ToList();
            if (marker == "BROKEN" && errors.Count == 0)
            {
                problems.Add($"{file}: the index says BROKEN ({note}), the SDK found no error");
            }
            else if (marker != "BROKEN" && errors.Count > 0)
            {
                problems.Add($"{file}: the index says {marker}, the SDK found: {string.Join(" | ", errors)}");
            }
            else if (marker != "BROKEN" && !string.Equals(document.Platform.ToString(), guess, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{file}: detected as {document.Platform}, not {guess}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex(@"\[([A-Z-]+)\]")]
    private static partial Regex Marker();
}
