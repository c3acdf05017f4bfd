using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>Bad scenario files never crash the reader: every refusal is a coded diagnostic with a place.</summary>
public class SimulationScenarioPropertyTests
{
    private const string Scenario = """
        group: web
        hooks:
          - LifecycleHookName: drain
            LifecycleTransition: autoscaling:EC2_INSTANCE_TERMINATING
            HeartbeatTimeout: 300
        steps:
          - at: 0
            launch: 2
          - at: 60
            terminate: i-00000000000000001
          - at: 120
            complete: { instance: i-00000000000000001, hook: drain, result: CONTINUE }
        until: 1000
        """;

    [Property(Arbitrary = [typeof(Edits)])]
    public bool AnyEditedScenario_IsReadOrRefusedWithCodedPlacedDiagnostics(ScenarioEdit[] edits)
    {
        var text = Scenario;
        foreach (var (position, insert, delete) in edits)
        {
            var at = Math.Min(position, text.Length);
            text = delete && at < text.Length ? text.Remove(at, 1) : text.Insert(at, insert.ToString());
        }

        var read = SimulationScenarioReader.Read(text);
        if (read.Succeeded)
        {
            // What is read also runs without throwing.
            return read.Value.Run().Timeline.Count >= 0 && !read.Errors.Any();
        }

        return read.Errors.Any()
            && read.Errors.All(e => (e.Code.StartsWith("SIM", StringComparison.Ordinal) || e.Code.StartsWith("ASH", StringComparison.Ordinal))
                && e.Span is not null && e.Message.Length > 0);
    }

    /// <summary>One edit of the scenario text: a character inserted at a position, or the one there deleted.</summary>
    public sealed record ScenarioEdit(int Position, char Insert, bool Delete);

    public static class Edits
    {
        public static Arbitrary<ScenarioEdit> Edit() => Arb.From(
            from position in Gen.Choose(0, Scenario.Length)
            from insert in Gen.Elements(':', '-', '{', '}', '[', ']', '"', '\'', ' ', '\n', '&', '*', '!', 'x', '1', '#', '\t')
            from delete in Gen.Elements(true, false)
            select new ScenarioEdit(position, insert, delete));
    }
}
