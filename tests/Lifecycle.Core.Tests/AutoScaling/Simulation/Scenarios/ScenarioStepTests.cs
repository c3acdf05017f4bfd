using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>One step of a scenario: when it happens, and where it is written.</summary>
public class ScenarioStepTests
{
    [Fact]
    public void AStep_KnowsItsTime_AndItsPlaceInTheFile()
    {
        var step = SimulationScenarioReader.Read("group: web\nhooks:\n  - { LifecycleHookName: drain, LifecycleTransition: \"autoscaling:EC2_INSTANCE_TERMINATING\" }\nsteps:\n  - { at: 0, launch: 2 }\n  - { at: 42, terminate: i-00000000000000001 }\n").Value.Steps[1];

        Assert.Equal(TimeSpan.FromSeconds(42), step.At);
        Assert.Equal(6, step.Span!.Value.Line);
    }
}
