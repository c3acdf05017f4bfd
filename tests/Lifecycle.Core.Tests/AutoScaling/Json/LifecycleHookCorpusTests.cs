using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.AutoScaling.Json;

/// <summary>
/// The 26 real hook definitions of ../shared/corpus/lifecycle-hooks: the SDK's verdict on each must match the
/// judgement in lifecycle-hooks-index.tsv (VALID: no error; INVALID or BROKEN: an error; QUESTIONABLE: at
/// least one finding; UNCHECKED: every value is a variable, so only the literal parts are judged: no error).
/// </summary>
public class LifecycleHookCorpusTests
{
    public static TheoryData<string> Files => [.. LifecycleHookCorpusCases.All.Select(c => c.File)];

    [CorpusFact]
    public void TheCasesCoverEveryFileOfTheIndex()
    {
        var indexed = ReadIndex().Keys.Order(StringComparer.Ordinal);
        var covered = LifecycleHookCorpusCases.All.Select(c => c.File).Order(StringComparer.Ordinal);
        Assert.Equal(indexed, covered);
    }

    [CorpusTheory]
    [MemberData(nameof(Files))]
    public void Verdict_MatchesTheIndex(string file)
    {
        var @case = LifecycleHookCorpusCases.All.Single(c => c.File == file);
        var text = File.ReadAllText(Path.Combine(SharedFolder.Corpus!, "lifecycle-hooks", file));
        foreach (var evidence in @case.Evidence)
        {
            Assert.True(text.Contains(evidence, StringComparison.Ordinal), $"{file} does not contain the transcribed text {evidence}");
        }

        var diagnostics = Judge(@case);
        var judgement = ReadIndex()[file].Split(' ', ':', ';')[0];
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var detail = string.Join("; ", diagnostics.Select(d => $"{d.Code} {d.Path}: {d.Message}"));
        switch (judgement)
        {
            case "VALID":
            case "UNCHECKED":
                Assert.True(errors.Count == 0, $"{file} is {judgement} in the index, but the SDK found: {detail}");
                break;
            case "INVALID":
            case "BROKEN":
                Assert.True(errors.Count > 0, $"{file} is {judgement} in the index, but the SDK found no error");
                break;
            case "QUESTIONABLE":
                Assert.True(diagnostics.Count > 0, $"{file} is QUESTIONABLE in the index, but the SDK found nothing");
                break;
            default:
                Assert.Fail($"Unknown judgement '{judgement}' for {file}");
                break;
        }
    }

    [CorpusFact]
    public void File007_EmptyMetadataIsTheProblem_AndTheRoleIsUnused()
    {
        var codes = Judge(LifecycleHookCorpusCases.All.Single(c => c.File.StartsWith("007", StringComparison.Ordinal))).Select(d => d.Code).ToList();
        Assert.Contains("ASH110", codes);
        Assert.Contains("ASH152", codes);
    }

    [CorpusFact]
    public void File014_AsIntended_StillHasABrokenTargetArn()
    {
        // Had the continuations been there, the stray quote and the 10-digit account would still break the ARN.
        var intended = new PutLifecycleHookRequest
        {
            LifecycleHookName = "my-hook",
            AutoScalingGroupName = "my-asg",
            LifecycleTransition = "autoscaling:EC2_INSTANCE_TERMINATING",
            RoleARN = "arn:aws:iam::0123456789:role/myrole",
            NotificationTargetARN = "arn:aws:sns:us-east-1:0123456789:spinnaker-shutdowns-pending'",
            HeartbeatTimeout = 300,
            DefaultResult = "CONTINUE",
        };
        var codes = intended.Validate().Select(d => d.Code).ToList();
        Assert.Contains("ASH150", codes);
        Assert.Contains("ASH153", codes);
    }

    private static List<Diagnostic> Judge(LifecycleHookCorpusCase @case)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var request in @case.Requests)
        {
            // Each request is put into a fresh group, as creating the hook: the group name as given, or a stand-in
            // where it is empty so that the request's own rules report it.
            var group = string.IsNullOrEmpty(request.AutoScalingGroupName) ? "stand-in" : request.AutoScalingGroupName;
            var registry = new LifecycleHookRegistry(AutoScalingGroupName.Parse(group));
            diagnostics.AddRange(registry.PutLifecycleHook(request).Diagnostics);
        }

        if (@case.Specifications is { } specifications)
        {
            diagnostics.AddRange(LifecycleHookRegistry.CreateWithSpecifications(AutoScalingGroupName.Parse("group"), specifications).Diagnostics);
        }

        return diagnostics;
    }

    private static Dictionary<string, string> ReadIndex() =>
        File.ReadAllLines(Path.Combine(SharedFolder.Corpus!, "lifecycle-hooks-index.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .ToDictionary(f => f[0], f => f[^1], StringComparer.Ordinal);
}
