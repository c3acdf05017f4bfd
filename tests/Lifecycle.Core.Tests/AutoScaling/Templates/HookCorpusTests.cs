using Lifecycle.Core.AutoScaling.Templates;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.AutoScaling.Templates;

/// <summary>
/// The CloudFormation hook definitions of the corpus (real templates' lifecycle hooks, each judged in
/// lifecycle-hooks-index.tsv), read where they are: every one judged VALID gets no error. They are fragments, so each
/// is placed in the smallest template that holds it: a resource under Resources, a group's properties under a group.
/// </summary>
public class HookCorpusTests
{
    public static TheoryData<string> CloudFormationFragments()
    {
        var data = new TheoryData<string>();
        if (SharedFolder.Corpus is { } corpus)
        {
            foreach (var line in File.ReadLines(Path.Combine(corpus, "lifecycle-hooks-index.tsv")).Skip(1))
            {
                var columns = line.Split('\t');
                if (columns[5].StartsWith("cfn_", StringComparison.Ordinal))
                {
                    data.Add(columns[0]);
                }
            }
        }

        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(CloudFormationFragments))]
    public void EveryHookJudgedValid_HasNoError(string file)
    {
        var index = File.ReadLines(Path.Combine(SharedFolder.Corpus!, "lifecycle-hooks-index.tsv")).Single(l => l.StartsWith(file + "\t", StringComparison.Ordinal)).Split('\t');
        var fragment = File.ReadAllText(Path.Combine(SharedFolder.Corpus!, "lifecycle-hooks", file));
        var template = index[5] == "cfn_lifecyclehook"
            ? "Resources:\n" + fragment
            : "Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n" + fragment;

        var report = LifecycleHookDefinitions.Validate(template);

        Assert.StartsWith("VALID", index[9], StringComparison.Ordinal);
        Assert.Equal(HookDefinitionFormat.CloudFormation, report.Format);
        Assert.Equal(1, report.Hooks);
        Assert.True(report.IsValid, string.Join('\n', report.Diagnostics));
    }
}
