using System.Text;
using System.Text.Json;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

public class AppSpecMutantTests
{
    [CorpusFact]
    public void EveryMutant_AgreesWithTheAgent()
    {
        var disagreements = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(SharedFolder.Corpus!, "appspec-mutants-verdicts.jsonl")))
        {
            using var verdict = JsonDocument.Parse(line);
            var file = verdict.RootElement.GetProperty("file").GetString()!;
            var kind = verdict.RootElement.GetProperty("verdict").GetString()!;
            var agentValid = kind == "valid";
            var bytes = File.ReadAllBytes(Path.Combine(SharedFolder.Corpus!, "appspec-mutants", file));
            var text = Encoding.UTF8.GetString(bytes);
            var document = AppSpecReader.Read(bytes, new AppSpecOptions { Platform = ComputePlatform.Server });
            var agent = verdict.RootElement.TryGetProperty("message", out var m) ? m.GetString()!.Split('\n')[0] : "valid";
            if (agentValid != document.IsValid)
            {
                var sdk = string.Join(" | ", document.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} {d.Span?.Line}:{d.Span?.Column} {d.Message}"));
                disagreements.Add($"{file}\t{kind}\t{agent}\t{(document.IsValid ? "valid" : sdk)}");
                continue;
            }

            if (agentValid)
            {
                var expected = Normalize(verdict.RootElement.GetProperty("hooks").GetRawText());
                var actual = Normalize(AppSpecHookTable.ToJson(document.Server!));
                if (expected != actual)
                {
                    disagreements.Add($"{file}\ttable\t{expected}\t{actual}");
                }
            }
        }

        File.WriteAllLines("/tmp/scratch/mutants.tsv", disagreements);
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements");
    }

    private static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
