using System.Text.Json;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>
/// The SDK against the CodeDeploy agent on the corpus's 3,000 machine-made mutants of real AppSpecs
/// (../shared/corpus/appspec-mutants and appspec-mutants-verdicts.jsonl): each read from its bytes as a server
/// AppSpec, as the agent reads it, must get the agent's verdict (valid, or at least one error), and each the agent
/// accepts must give its hook table. The only exceptions are <see cref="Deliberate"/>, listed in docs/appspec-rules.md.
/// </summary>
public class AppSpecMutantTests
{
    /// <summary>Mutants where the SDK differs on purpose, with why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Deliberate = new Dictionary<string, string>
    {
        ["m1364.yml"] = "a timeout of 300 digits: the SDK keeps the largest 64-bit number of seconds; both never time out",
    };

    [CorpusFact]
    public void EveryMutant_AgreesWithTheAgent()
    {
        var disagreements = new List<string>();
        var compared = 0;
        foreach (var line in File.ReadLines(Path.Combine(SharedFolder.Corpus!, "appspec-mutants-verdicts.jsonl")))
        {
            using var verdict = JsonDocument.Parse(line);
            var file = verdict.RootElement.GetProperty("file").GetString()!;
            var agentValid = verdict.RootElement.GetProperty("verdict").GetString() == "valid";
            var bytes = File.ReadAllBytes(Path.Combine(SharedFolder.Corpus!, "appspec-mutants", file));
            var document = AppSpecReader.Read(bytes, new AppSpecOptions { Platform = ComputePlatform.Server });
            compared++;
            if (Deliberate.ContainsKey(file))
            {
                continue;
            }

            if (agentValid != document.IsValid)
            {
                var agent = verdict.RootElement.TryGetProperty("message", out var m) ? m.GetString()!.Split('\n')[0] : "valid";
                var sdk = string.Join(" | ", document.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} {d.Span?.Line}:{d.Span?.Column} {d.Message}"));
                disagreements.Add($"{file}: agent {agent}; SDK {(document.IsValid ? "valid" : sdk)}");
                continue;
            }

            if (agentValid)
            {
                var expected = Normalize(verdict.RootElement.GetProperty("hooks").GetRawText());
                var actual = Normalize(AppSpecHookTable.ToJson(document.Server!));
                if (expected != actual)
                {
                    disagreements.Add($"{file}: hook tables differ\n  agent: {expected}\n  SDK:   {actual}");
                }
            }
        }

        Assert.True(compared == 3000, $"expected 3,000 verdicts, read {compared}");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements:\n" + string.Join("\n", disagreements));
    }

    [CorpusFact]
    public void EveryDeliberateDifference_IsAMutantThatDiffers()
    {
        foreach (var (file, _) in Deliberate)
        {
            using var verdict = JsonDocument.Parse(File.ReadLines(Path.Combine(SharedFolder.Corpus!, "appspec-mutants-verdicts.jsonl")).Single(l => l.Contains($"\"{file}\"", StringComparison.Ordinal)));
            var document = AppSpecReader.Read(File.ReadAllBytes(Path.Combine(SharedFolder.Corpus!, "appspec-mutants", file)), new AppSpecOptions { Platform = ComputePlatform.Server });
            var expected = Normalize(verdict.RootElement.GetProperty("hooks").GetRawText());
            Assert.True(document.IsValid);
            Assert.NotEqual(expected, Normalize(AppSpecHookTable.ToJson(document.Server!)));
        }
    }

    private static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
