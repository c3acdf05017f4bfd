using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>A scale-in of one named instance.</summary>
public class TerminateStepTests
{
    [Fact]
    public void ATermination_NamesItsInstance()
    {
        var step = Assert.IsType<TerminateStep>(SimulationScenarioReader.Read("group: web\nhooks:\n  - { LifecycleHookName: drain, LifecycleTransition: \"autoscaling:EC2_INSTANCE_TERMINATING\" }\nsteps:\n  - { at: 0, launch: 2 }\n  - { at: 5, terminate: i-00000000000000002 }\n").Value.Steps[1]);

        Assert.Equal(InstanceId.Parse("i-00000000000000002"), step.InstanceId);
    }
}
