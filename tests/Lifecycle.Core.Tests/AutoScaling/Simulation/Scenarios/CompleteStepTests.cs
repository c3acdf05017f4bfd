using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>CompleteLifecycleAction in a scenario, with its result.</summary>
public class CompleteStepTests
{
    [Fact]
    public void ACompletion_CarriesItsResult()
    {
        var step = Assert.IsType<CompleteStep>(SimulationScenarioReader.Read("group: web\nhooks:\n  - { LifecycleHookName: drain, LifecycleTransition: \"autoscaling:EC2_INSTANCE_TERMINATING\" }\nsteps:\n  - { at: 0, launch: 2 }\n  - { at: 5, complete: { instance: i-00000000000000001, hook: drain, result: ABANDON } }\n").Value.Steps[1]);

        Assert.Equal((LifecycleActionResult.Abandon, "drain"), (step.Result, step.LifecycleHookName.Value));
    }
}
