using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.Diagnostics;

using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

public class SimulationScenarioReaderTests
{
    private const string Hook = "{ LifecycleHookName: warm, LifecycleTransition: \"autoscaling:EC2_INSTANCE_LAUNCHING\", AutoScalingGroupName: GROUP }";

    [Theory]
    [InlineData("hooks:\n  - " + Hook + "\n")]
    [InlineData("steps:\n  - { at: 1, putHook: " + Hook + " }\n")]
    public void AHookNamingTheScenariosGroup_IsAccepted_AndAnotherGroup_IsRefused(string part)
    {
        Assert.True(SimulationScenarioReader.Read("group: web\n" + part.Replace("GROUP", "web", StringComparison.Ordinal)).Succeeded);

        var other = SimulationScenarioReader.Read("group: web\n" + part.Replace("GROUP", "api", StringComparison.Ordinal));

        var error = Assert.Single(other.Errors);
        Assert.Equal(ScenarioDiagnosticCodes.UnknownKey, error.Code);
        Assert.Contains("api", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TheValuesAStepNames_AreCheckedByTheirOwnRules_WhereTheyAreWritten()
    {
        var read = SimulationScenarioReader.Read("""
            group: web
            steps:
              - at: 0
                heartbeat: { hook: bad name, instance: i-1 }
              - at: 1
                terminate: i-000000000000000000000001
              - at: 2
                complete: { hook: drain, token: short, result: CONTINUE }
            """);

        Assert.False(read.Succeeded);
        Assert.Equal(
            [("ASH103", "steps[0].heartbeat.hook", 4), ("ASH119", "steps[1].terminate", 6), ("ASH118", "steps[2].complete.token", 8)],
            read.Errors.Select(e => (e.Code, e.Path, e.Span!.Value.Line)));
    }

    [Fact]
    public void Read_AMistypedKey_IsNamedWithTheKeyItWasMeantToBe()
    {
        var read = SimulationScenarioReader.Read("group: web\nsteps:\n  - at: 0\n    lanuch: 1\n");

        var unknown = Assert.Single(read.Errors, e => e.Code == "SIM007");
        Assert.Contains("Did you mean launch?", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ARepeatedKey_IsAWarning_AndTheLastOneCounts()
    {
        var read = SimulationScenarioReader.Read("group: web\nseed: 1\nseed: 7\nsteps:\n  - at: 0\n    launch: 1\n");

        Assert.True(read.Succeeded);
        var repeated = Assert.Single(read.Diagnostics);
        Assert.Equal(("SIM008", DiagnosticSeverity.Warning, "seed", 3), (repeated.Code, repeated.Severity, repeated.Path, repeated.Span!.Value.Line));
        Assert.Equal(7UL, read.Value.Seed);
    }

    [Fact]
    public void Read_AScenarioWrittenAsJson_IsHeldToStrictJson()
    {
        const string json = """{"group": "web", "steps": [{"at": 0, "launch": 2}]}""";

        Assert.Equal(2, Assert.IsType<LaunchStep>(SimulationScenarioReader.Read(json).Value.Steps[0]).Count);
        var error = Assert.Single(SimulationScenarioReader.Read(json.Replace("2}]", "2},]", StringComparison.Ordinal)).Errors);
        Assert.Equal(("SIM001", 1), (error.Code, error.Span!.Value.Line));
        Assert.StartsWith("The JSON cannot be read", error.Message, StringComparison.Ordinal);
    }
}
