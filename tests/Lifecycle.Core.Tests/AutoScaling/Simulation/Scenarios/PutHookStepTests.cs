using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>PutLifecycleHook while the group runs: the request is checked as the API checks it, for the scenario's group.</summary>
public class PutHookStepTests
{
    [Fact]
    public void APutHook_CarriesTheRequest_OfTheScenariosGroup()
    {
        var step = Assert.IsType<PutHookStep>(SimulationScenarioReader.Read("group: web\nhooks:\n  - { LifecycleHookName: drain, LifecycleTransition: \"autoscaling:EC2_INSTANCE_TERMINATING\" }\nsteps:\n  - { at: 0, launch: 2 }\n  - { at: 5, putHook: { LifecycleHookName: warm, LifecycleTransition: \"autoscaling:EC2_INSTANCE_LAUNCHING\", HeartbeatTimeout: 45 } }\n").Value.Steps[1]);

        Assert.Equal(("warm", "web", (int?)45), (step.Request.LifecycleHookName, step.Request.AutoScalingGroupName, step.Request.HeartbeatTimeout));
    }
}
