using System.Text.RegularExpressions;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests;

/// <summary>
/// Each rule's descriptor names the public sources it rests on and its help link; where the docs cite sources for a
/// rule, they cite the same ones, and every source named is one the page's Sources section describes.
/// </summary>
public partial class DiagnosticRulesTests
{
    [Fact]
    public void EveryRule_NamesItsSources_AndTheDocsAgree()
    {
        var problems = new List<string>();
        foreach (var rule in DiagnosticRules.All)
        {
            var page = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", rule.DocumentationPage));
            var described = SourceNames().Matches(page[page.IndexOf("## Sources", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            if (rule.Sources.Count == 0 || rule.Sources.Any(s => !described.Contains(s)))
            {
                problems.Add($"{rule.Code}: sources [{string.Join(", ", rule.Sources)}] are not all among {rule.DocumentationPage}'s Sources");
            }

            var cited = Cited(page, rule.Code);
            if (cited.Count > 0 && !cited.SetEquals(rule.Sources))
            {
                problems.Add($"{rule.Code}: the docs cite [{string.Join(", ", cited)}], the descriptor [{string.Join(", ", rule.Sources)}]");
            }

            if (rule.HelpUri is not { } help || !help.AbsoluteUri.EndsWith($"/blob/main/docs/{rule.DocumentationPage}#{rule.Code}", StringComparison.Ordinal))
            {
                problems.Add($"{rule.Code}: help link {rule.HelpUri}");
            }
        }

        Assert.Empty(problems);
    }

    // The sources cited in the rule's row (or, for a rule with a section of its own, in that section).
    private static HashSet<string> Cited(string page, string code)
    {
        var anchor = page.IndexOf($"<a id=\"{code}\"></a>", StringComparison.Ordinal);
        Assert.True(anchor >= 0, $"{code} has no anchor");
        var lineStart = page.LastIndexOf('\n', anchor) + 1;
        var end = page[lineStart] == '|' ? page.IndexOf('\n', anchor) : NextAnchorOrHeading(page, anchor);
        return Citations().Matches(page[lineStart..(end < 0 ? page.Length : end)]).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    private static int NextAnchorOrHeading(string page, int from)
    {
        var next = page.IndexOf("<a id=", from + 1, StringComparison.Ordinal);
        var heading = page.IndexOf("\n## ", from, StringComparison.Ordinal);
        return next < 0 ? heading : heading < 0 ? next : Math.Min(next, heading);
    }

    [GeneratedRegex(@"^- \*\*([^*]+)\*\*", RegexOptions.Multiline)]
    private static partial Regex SourceNames();

    [GeneratedRegex(@"\[([^\]]+)\]\(#sources\)")]
    private static partial Regex Citations();
}
