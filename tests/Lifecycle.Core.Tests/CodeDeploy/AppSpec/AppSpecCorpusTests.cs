using System.Text;
using System.Text.Json;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>
/// The SDK against the CodeDeploy agent on 307 real AppSpecs (../shared/corpus/appspec and
/// appspec-agent-verdicts.jsonl): the agent reads every file as an EC2/On-Premises AppSpec, so every file is read
/// as one here too, and the verdicts must agree (valid, or at least one error), with the same hook table for
/// the valid ones. There are no exceptions: the files with a byte order mark are refused as the agent refuses them.
/// </summary>
public class AppSpecCorpusTests
{
    [CorpusFact]
    public void EveryFile_AgreesWithTheAgent()
    {
        var disagreements = new List<string>();
        var compared = 0;
        foreach (var line in File.ReadLines(Path.Combine(SharedFolder.Corpus!, "appspec-agent-verdicts.jsonl")))
        {
            using var verdict = JsonDocument.Parse(line);
            var file = verdict.RootElement.GetProperty("file").GetString()!;
            var agentValid = verdict.RootElement.GetProperty("verdict").GetString() == "valid";
            var text = File.ReadAllText(Path.Combine(SharedFolder.Corpus!, "appspec", file), Encoding.UTF8);
            var document = AppSpecReader.Read(PreserveBom(file, text), new AppSpecOptions { Platform = ComputePlatform.Server });
            compared++;

            if (agentValid != document.IsValid)
            {
                var sdk = string.Join(" | ", document.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} {d.Span?.Line}:{d.Span?.Column} {d.Message}"));
                var agent = verdict.RootElement.TryGetProperty("message", out var m) ? m.GetString() : "valid";
                disagreements.Add($"{file}: agent {(agentValid ? "valid" : "invalid")} ({agent?.Split('\n')[0]}); SDK {(document.IsValid ? "valid" : sdk)}");
                continue;
            }

            if (agentValid)
            {
                var expected = verdict.RootElement.GetProperty("hooks").GetRawText();
                var actual = AppSpecHookTable.ToJson(document.Server!);
                if (Normalize(expected) != Normalize(actual))
                {
                    disagreements.Add($"{file}: hook tables differ\n  agent: {Normalize(expected)}\n  SDK:   {Normalize(actual)}");
                }
            }
        }

        Assert.True(compared == 307, $"expected 307 verdicts, read {compared}");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements:\n" + string.Join("\n", disagreements));
    }

    // File.ReadAllText drops a BOM; the SDK must see it to warn about it, as a user's editor would pass it along.
    private static string PreserveBom(string file, string text)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SharedFolder.Corpus!, "appspec", file));
        return bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? "\uFEFF" + text : text;
    }

    private static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
