using System.Text.Json;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Cli.Tests.Commands;

/// <summary>SARIF for code scanning: every rule fully described with its help link, every result fingerprinted.</summary>
public class SarifTests
{
    private static readonly string WebApp = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "samples", "web-app", "appspec.yml"));

    [Fact]
    public async Task EveryRule_HasTitle_Description_HelpUri_AndDefaultLevel()
    {
        using var document = await Sarif(WebApp);
        var rules = Driver(document).GetProperty("rules").EnumerateArray().ToList();

        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            var help = new Uri(rule.GetProperty("helpUri").GetString()!);
            Assert.True(help.IsAbsoluteUri && help.Fragment == "#" + id, help.ToString());
            Assert.EndsWith("/docs/appspec-rules.md", help.AbsolutePath, StringComparison.Ordinal);
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }
    }

    [Fact]
    public async Task Fingerprints_AreDistinct_AndStayWhenTheLinesMove()
    {
        // One file, changed between two commits: the findings move down two lines.
        using var folder = new TempFolder();
        using var before = await Sarif(WebApp, folder);
        using var after = await Sarif("# a comment added at the top\n\n" + WebApp, folder);

        var first = Fingerprints(before);
        var second = Fingerprints(after);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Equal(first, second);
        Assert.NotEqual(Lines(before), Lines(after));
    }

    [Fact]
    public async Task AnUnreadableFile_GetsTheCliRule()
    {
        var run = await CliRun.RunAsync("appspec", "validate", "--format", "sarif", Path.Combine(SharedFolder.RepositoryRoot, "samples", "no-such.yml"));
        using var document = JsonDocument.Parse(run.Output);

        var rule = Driver(document).GetProperty("rules")[0];
        Assert.Equal("LCL001", rule.GetProperty("id").GetString());
        Assert.EndsWith("/docs/cli.md#LCL001", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonDocument> Sarif(string appSpec, TempFolder? into = null)
    {
        using var own = into is null ? new TempFolder() : null;
        var folder = into ?? own!;
        var file = folder.Write("appspec.yml", appSpec);
        var run = await CliRun.RunAsync("appspec", "validate", "--format", "sarif", file);
        return JsonDocument.Parse(run.Output);
    }

    private static JsonElement Driver(JsonDocument document) => document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");

    private static JsonElement.ArrayEnumerator Results(JsonDocument document) => document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();

    private static List<string> Fingerprints(JsonDocument document) =>
        [.. Results(document).Select(r => r.GetProperty("partialFingerprints").GetProperty("lifecycleFinding/v1").GetString()!)];

    private static List<int> Lines(JsonDocument document) =>
        [.. Results(document).Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32())];
}
