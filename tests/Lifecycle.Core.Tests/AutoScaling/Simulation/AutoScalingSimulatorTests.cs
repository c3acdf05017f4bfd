using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>The rules of reference §2 and §4, each with a timeline computed by hand.</summary>
public class AutoScalingSimulatorTests
{
    private static AutoScalingSimulator Group(bool retain = false, ulong seed = 1) => new(AutoScalingGroupName.Create("web"), seed, retain);

    [Fact]
    public void Launch_WithoutHooks_GoesStraightIntoService()
    {
        var sim = Group();

        var id = Assert.Single(sim.Launch(1));

        Assert.Equal("i-00000000000000001", id);
        Assert.Equal("0:Pending 0:InService", States(sim, id));
    }

    [Fact]
    public void Terminate_WithAHook_WaitsUntilTheHeartbeatTimeout_ThenAppliesTheDefaultResult()
    {
        var sim = Group();
        Hook(sim, "drain", Terminating, heartbeat: 300, result: "CONTINUE");
        var id = sim.Launch(1)[0];
        sim.AdvanceTo(60);

        sim.Terminate(id);
        var action = Assert.Single(sim.ActiveActions);
        sim.AdvanceTo(359);
        var stillWaiting = sim.Instances[id];
        sim.AdvanceTo(360);

        Assert.Equal((60L, 360L, 30060L), (action.Started, action.HeartbeatDeadline, action.GlobalDeadline));
        Assert.Equal(InstanceLifecycleState.TerminatingWait, stillWaiting);
        var timedOut = Assert.Single(sim.Timeline.OfType<LifecycleActionTimedOut>());
        Assert.Equal((360L, LifecycleActionResult.Continue, false), (timedOut.Time, timedOut.Result, timedOut.GlobalTimeout));
        Assert.Equal("0:Pending 0:InService 60:Terminating 60:Terminating:Wait 360:Terminating:Proceed 360:Terminated", States(sim, id));
    }

    [Fact]
    public void Heartbeat_PushesTheDeadlineToNowPlusTheTimeout()
    {
        var sim = Group();
        Hook(sim, "drain", Terminating, heartbeat: 300);
        var id = sim.Launch(1)[0];
        sim.AdvanceTo(60);
        sim.Terminate(id);
        sim.AdvanceTo(120);

        var after = sim.RecordLifecycleActionHeartbeat("drain", instanceId: id).Value;
        sim.AdvanceTo(419);

        Assert.Equal(420, after.HeartbeatDeadline);
        Assert.Equal(30060, after.GlobalDeadline);
        Assert.Equal(InstanceLifecycleState.TerminatingWait, sim.Instances[id]);
        sim.AdvanceTo(420);
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[id]);
    }

    [Fact]
    public void Heartbeats_CannotPassTheGlobalDeadline_Of100Timeouts()
    {
        var sim = Group();
        Hook(sim, "drain", Terminating, heartbeat: 30);
        var id = sim.Launch(1)[0];
        sim.Terminate(id);

        for (var t = 20; t < 3100; t += 20)
        {
            sim.AdvanceTo(t);
            if (sim.ActiveActions.Count > 0)
            {
                sim.RecordLifecycleActionHeartbeat("drain", instanceId: id);
            }
        }

        var late = sim.RecordLifecycleActionHeartbeat("drain", instanceId: id);

        var timedOut = Assert.Single(sim.Timeline.OfType<LifecycleActionTimedOut>());
        Assert.Equal(3000, timedOut.Time);
        Assert.True(timedOut.GlobalTimeout);
        Assert.Equal($"No active Lifecycle Action found with instance ID {id}", late.Error!.Message);
    }

    [Fact]
    public void AbandonOnLaunch_TerminatesTheInstance_AndLaunchesAReplacement()
    {
        var sim = Group();
        Hook(sim, "warm", Launching, heartbeat: 120, result: "ABANDON");
        var id = sim.Launch(1)[0];

        sim.AdvanceTo(120);

        Assert.Equal("0:Pending 0:Pending:Wait 120:Terminating 120:Terminated", States(sim, id));
        Assert.Equal("120:Pending 120:Pending:Wait", States(sim, "i-00000000000000002"));
    }

    [Fact]
    public void SeveralHooks_TheInstanceProceedsWhenEveryOneContinued()
    {
        var sim = Group();
        Hook(sim, "drain", Terminating);
        Hook(sim, "backup", Terminating);
        var id = sim.Launch(1)[0];
        sim.Terminate(id);

        Assert.Equal(2, sim.ActiveActions.Count);
        sim.AdvanceTo(10);
        sim.CompleteLifecycleAction("drain", LifecycleActionResult.Continue, instanceId: id);
        Assert.Equal(InstanceLifecycleState.TerminatingWait, sim.Instances[id]);
        sim.AdvanceTo(20);
        sim.CompleteLifecycleAction("backup", LifecycleActionResult.Continue, instanceId: id);

        Assert.Equal("0:Pending 0:InService 0:Terminating 0:Terminating:Wait 20:Terminating:Proceed 20:Terminated", States(sim, id));
    }

    [Fact]
    public void Abandon_StopsTheOtherHooksOfTheTransition()
    {
        var sim = Group();
        Hook(sim, "drain", Terminating);
        Hook(sim, "backup", Terminating);
        var id = sim.Launch(1)[0];
        sim.Terminate(id);

        sim.AdvanceTo(5);
        sim.CompleteLifecycleAction("drain", LifecycleActionResult.Abandon, instanceId: id);

        var stopped = Assert.Single(sim.Timeline.OfType<LifecycleActionStopped>());
        Assert.Equal("backup", stopped.Action.LifecycleHookName);
        Assert.Empty(sim.ActiveActions);
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[id]);
    }

    [Fact]
    public void Completion_ByToken_AndAfterTheActionEnded_IsRefused()
    {
        var sim = Group();
        Hook(sim, "warm", Launching);
        var id = sim.Launch(1)[0];
        var token = sim.ActiveActions[0].Token;

        var first = sim.CompleteLifecycleAction("warm", LifecycleActionResult.Continue, lifecycleActionToken: token);
        var again = sim.CompleteLifecycleAction("warm", LifecycleActionResult.Continue, lifecycleActionToken: token);
        var heartbeat = sim.RecordLifecycleActionHeartbeat("warm", lifecycleActionToken: token);

        Assert.True(first.Succeeded);
        Assert.Equal(InstanceLifecycleState.InService, sim.Instances[id]);
        Assert.Equal(AutoScalingError.ValidationError, again.Error!.Code);
        Assert.Equal($"No active Lifecycle Action found with token {token}", again.Error.Message);
        Assert.Equal(again.Error, heartbeat.Error);
        Assert.Equal(2, sim.Timeline.OfType<SimulationError>().Count());
    }

    [Fact]
    public void DeletingAHookInFlight_CompletesItsActions_AbandonForLaunchContinueForTerminate()
    {
        var sim = Group();
        Hook(sim, "warm", Launching);
        Hook(sim, "drain", Terminating);
        var launching = sim.Launch(1)[0];
        sim.CompleteLifecycleAction("warm", LifecycleActionResult.Continue, instanceId: launching);
        sim.Terminate(launching);
        var second = sim.Launch(1)[0];

        sim.AdvanceTo(50);
        sim.DeleteLifecycleHook("drain");
        sim.DeleteLifecycleHook("warm");

        var completions = sim.Timeline.OfType<LifecycleActionCompleted>().Where(c => c.Time == 50).Select(c => (c.Action.LifecycleHookName, c.Result)).ToList();
        Assert.Equal([("drain", LifecycleActionResult.Continue), ("warm", LifecycleActionResult.Abandon)], completions);
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[launching]);
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[second]);
        Assert.Equal(InstanceLifecycleState.InService, sim.Instances["i-00000000000000003"]); // the replacement: no hooks left
    }

    [Fact]
    public void NewHooks_DoNotHoldInstancesAlreadyWaiting()
    {
        var sim = Group();
        Hook(sim, "warm", Launching);
        sim.Launch(1);

        Hook(sim, "late", Launching);

        Assert.Equal(["warm"], sim.ActiveActions.Select(a => a.LifecycleHookName));
    }

    [Fact]
    public void Retention_AbandonedTerminationRetainsTheInstance_AndLaunchesAReplacement()
    {
        var sim = Group(retain: true);
        Hook(sim, "drain", Terminating, result: "ABANDON");
        var id = sim.Launch(1)[0];
        sim.Terminate(id);

        sim.RunUntilIdle();

        Assert.Equal("0:Pending 0:InService 0:Terminating 0:Terminating:Wait 300:Terminating:Proceed 300:Terminating:Retained", States(sim, id));
        Assert.Equal(InstanceLifecycleState.InService, sim.Instances["i-00000000000000002"]);
    }

    [Fact]
    public void Tokens_Are36Characters_AndFollowTheSeed()
    {
        string[] Tokens(ulong seed)
        {
            var sim = Group(seed: seed);
            Hook(sim, "warm", Launching);
            sim.Launch(3);
            return [.. sim.ActiveActions.Select(a => a.Token)];
        }

        Assert.All(Tokens(7), t => Assert.True(LifecycleActionToken.Parse(t).Succeeded));
        Assert.Equal(Tokens(7), Tokens(7));
        Assert.NotEqual(Tokens(7), Tokens(8));
        Assert.Equal(3, Tokens(7).Distinct().Count());
    }

    [Fact]
    public void Terminate_AnInstanceNotInService_IsRefused()
    {
        var sim = Group();
        Hook(sim, "warm", Launching);
        var id = sim.Launch(1)[0];

        Assert.Equal(AutoScalingError.ValidationError, sim.Terminate(id).Error!.Code);
        Assert.False(sim.Terminate("i-00000000000000099").Succeeded);
    }

    [Fact]
    public void RunUntilIdle_StopsAtTheHorizon_WhenAbandonedLaunchesKeepReplacing()
    {
        var sim = Group();
        Hook(sim, "warm", Launching, heartbeat: 30, result: "ABANDON");
        sim.Launch(1);

        var end = sim.RunUntilIdle(horizon: 300);

        Assert.Equal(300, end);
        Assert.Equal(11, sim.Instances.Count);
    }
}
