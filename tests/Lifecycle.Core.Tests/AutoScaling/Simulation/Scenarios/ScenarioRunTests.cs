using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.Diagnostics;

using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

public class ScenarioRunTests
{
    [Fact]
    public void Run_ThatWouldGoOnForYears_StopsAtMaxEvents_AndSaysSo()
    {
        // A launching hook with DefaultResult ABANDON replaces each unanswered instance, forever (§2.4).
        var scenario = SimulationScenarioReader.Read("""
            group: web
            hooks:
              - { LifecycleHookName: warm, LifecycleTransition: "autoscaling:EC2_INSTANCE_LAUNCHING", HeartbeatTimeout: 30, DefaultResult: ABANDON }
            steps:
              - { at: 0, launch: 1 }
            until: 3000000000
            """).Value;

        var run = scenario.Run(maxEvents: 10_000);

        Assert.True(run.Truncated);
        Assert.InRange(run.Timeline.Count, 10_001, 100_000);
        Assert.True(run.End < S(3_000_000_000));
    }

    [Fact]
    public void Run_ThatEnds_IsNotTruncated()
    {
        var scenario = SimulationScenarioReader.Read("group: web\nsteps:\n  - { at: 0, launch: 3 }\n").Value;

        var run = scenario.Run();

        Assert.False(run.Truncated);
        Assert.Equal(S(0), run.End);
        Assert.All(run.Instances, i => Assert.Equal(InstanceLifecycleState.InService, i.Value));
    }
}
