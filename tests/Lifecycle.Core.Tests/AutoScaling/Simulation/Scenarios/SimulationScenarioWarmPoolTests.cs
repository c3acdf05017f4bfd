using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

/// <summary>The scenario format's warmPool, instanceLifecyclePolicy and launchIntoWarmPool (docs/simulation.md).</summary>
public class SimulationScenarioWarmPoolTests
{
    private static SimulationScenario Read(string text)
    {
        var read = SimulationScenarioReader.Read(text);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return read.Value;
    }

    [Fact]
    public void Reader_ReadsTheWarmPool_AndTheInstanceLifecyclePolicy()
    {
        var scenario = Read("""
            group: web
            warmPool:
              PoolState: Hibernated
              InstanceReusePolicy: { ReuseOnScaleIn: true }
            instanceLifecyclePolicy:
              RetentionTriggers: { TerminateHookAbandon: retain }
            steps:
              - { at: 0, launchIntoWarmPool: 3 }
            """);

        Assert.Equal(new WarmPoolConfiguration { PoolState = WarmPoolState.Hibernated, ReuseOnScaleIn = true }, scenario.WarmPool);
        Assert.True(scenario.RetainOnTerminateAbandon);
        Assert.Equal(3, Assert.IsType<LaunchIntoWarmPoolStep>(Assert.Single(scenario.Steps)).Count);
    }

    [Fact]
    public void Reader_WithoutAWarmPoolOrPolicy_HasNeither_AndAnEmptyWarmPoolIsTheDefaultOne()
    {
        var plain = Read("group: web\n");
        var empty = Read("group: web\nwarmPool:\ninstanceLifecyclePolicy: { RetentionTriggers: { TerminateHookAbandon: terminate } }\n");

        Assert.Null(plain.WarmPool);
        Assert.False(plain.RetainOnTerminateAbandon);
        Assert.Equal(new WarmPoolConfiguration(), empty.WarmPool);
        Assert.False(empty.RetainOnTerminateAbandon);
    }

    [Fact]
    public void Run_WithAWarmPool_GivesTheHandComputedTimeline()
    {
        var run = Read("""
            group: web
            warmPool: { InstanceReusePolicy: { ReuseOnScaleIn: true } }
            instanceLifecyclePolicy: { RetentionTriggers: { TerminateHookAbandon: retain } }
            hooks:
              - { LifecycleHookName: warm, LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING, HeartbeatTimeout: 60, DefaultResult: CONTINUE }
              - { LifecycleHookName: drain, LifecycleTransition: autoscaling:EC2_INSTANCE_TERMINATING, HeartbeatTimeout: 30, DefaultResult: ABANDON }
            steps:
              - { at: 0, launchIntoWarmPool: 1 }
              - { at: 100, launch: 1 }
              - { at: 200, terminate: i-00000000000000001 }
            """).Run();

        var states = string.Join(" ", run.Timeline.OfType<InstanceStateChanged>().Select(e => $"{e.Time.TotalSeconds}:{e.State.ToWire()}"));
        Assert.Equal(
            "0:Warmed:Pending 0:Warmed:Pending:Wait 60:Warmed:Pending:Proceed 60:Warmed:Stopped "
            + "100:Pending 100:Pending:Wait 160:Pending:Proceed 160:InService "
            + "200:Warmed:Pending 200:Warmed:Pending:Wait 230:Warmed:Pending:Proceed 230:Warmed:Pending:Retained",
            states);
        Assert.Equal([("i-00000000000000001", InstanceLifecycleState.WarmedPendingRetained)], run.Instances.Select(i => (i.Key.Value, i.Value)));
    }
}
