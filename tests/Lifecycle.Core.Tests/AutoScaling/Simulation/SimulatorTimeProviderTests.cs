using Lifecycle.Testing;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Core.Tests.CodeDeploy.Execution;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>The simulator's virtual clock as a TimeProvider: code that takes one runs in virtual time.</summary>
public class SimulatorTimeProviderTests
{
    private static AutoScalingSimulator New() => new(AutoScalingGroupName.Parse("web"));

    [Fact]
    public void TheTime_IsTheStartPlusVirtualSeconds()
    {
        var sim = New();
        var time = sim.TimeProvider;
        var start = time.GetTimestamp();

        sim.AdvanceBy(TimeSpan.FromSeconds(90));

        Assert.Equal(sim.Environment.Start.AddSeconds(90), time.GetUtcNow());
        Assert.Equal(TimeSpan.FromSeconds(90), time.GetElapsedTime(start));
        Assert.Same(time, sim.TimeProvider);
    }

    [Fact]
    public void ATimer_FiresAtItsSecond_RepeatsWithItsPeriod_AndStopsWhenDisposed()
    {
        var sim = New();
        var fired = new List<long>();
        var timer = sim.TimeProvider.CreateTimer(_ => fired.Add((long)sim.Now.TotalSeconds), null, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(10));

        sim.AdvanceBy(TimeSpan.FromSeconds(2));
        Assert.Empty(fired);
        sim.AdvanceTo(TimeSpan.FromSeconds(23));
        Assert.Equal([3, 13, 23], fired);

        timer.Dispose();
        sim.AdvanceTo(TimeSpan.FromSeconds(100));
        Assert.Equal([3, 13, 23], fired);
    }

    [Fact]
    public void Change_MovesATimer_AndInfiniteStopsIt()
    {
        var sim = New();
        var fired = new List<long>();
        var timer = sim.TimeProvider.CreateTimer(_ => fired.Add((long)sim.Now.TotalSeconds), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);

        Assert.True(timer.Change(TimeSpan.FromSeconds(8), Timeout.InfiniteTimeSpan));
        sim.AdvanceTo(TimeSpan.FromSeconds(20));
        Assert.Equal([8], fired);

        timer.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        sim.AdvanceTo(TimeSpan.FromSeconds(40));
        Assert.Equal([8], fired);
    }

    [Fact]
    public async Task ATimeoutAndADelay_RunInVirtualTime()
    {
        var sim = New();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), sim.TimeProvider);
        var delay = Task.Delay(TimeSpan.FromSeconds(10), sim.TimeProvider);

        sim.AdvanceBy(TimeSpan.FromSeconds(9));
        Assert.False(delay.IsCompleted);
        sim.AdvanceBy(TimeSpan.FromSeconds(1));
        await delay;
        sim.AdvanceBy(TimeSpan.FromSeconds(19));
        Assert.False(timeout.IsCancellationRequested);
        sim.AdvanceBy(TimeSpan.FromSeconds(1));
        Assert.True(timeout.IsCancellationRequested);
    }

    [Fact]
    public async Task TheDeploymentEngine_TimesAScriptOut_InVirtualTime()
    {
        var sim = New();
        var scripts = new RecordingScriptExecutor().Hang("start.sh");
        var engine = new DeploymentEngine(scripts, sim.TimeProvider);
        var document = AppSpecReader.Read("version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: start.sh\n      timeout: 30\n");

        var run = engine.RunAsync(DeploymentPlanner.Plan(document, new DeploymentScenario()).Value, new DeploymentContext { DeploymentId = "d-VIRTUAL01" });
        await scripts.WhenInvoked("start.sh");
        sim.AdvanceBy(TimeSpan.FromSeconds(29));
        Assert.False(run.IsCompleted);
        sim.AdvanceBy(TimeSpan.FromSeconds(1));
        var result = await run;

        Assert.Equal(HookFailureCode.ScriptTimedOut, result.Events.Single(e => e.Name.Value == "ApplicationStart").Failure);
    }
}
