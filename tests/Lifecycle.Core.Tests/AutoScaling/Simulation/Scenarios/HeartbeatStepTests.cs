using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>RecordLifecycleActionHeartbeat in a scenario.</summary>
public class HeartbeatStepTests
{
    [Fact]
    public void AHeartbeat_PushesTheDeadline_InTheRun()
    {
        var read = SimulationScenarioReader.Read("group: web\nhooks:\n  - { LifecycleHookName: drain, LifecycleTransition: \"autoscaling:EC2_INSTANCE_TERMINATING\", HeartbeatTimeout: 60 }\nsteps:\n  - { at: 0, launch: 1 }\n  - { at: 1, terminate: i-00000000000000001 }\n  - { at: 50, heartbeat: { instance: i-00000000000000001, hook: drain } }\n").Value;

        Assert.IsType<HeartbeatStep>(read.Steps[2]);
        Assert.Equal(TimeSpan.FromSeconds(110), read.Run().Timeline.OfType<LifecycleActionTimedOut>().Single().Time);
    }
}
