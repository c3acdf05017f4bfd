using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>The rules of reference §2 and §4, each with a timeline computed by hand.</summary>
public class AutoScalingSimulatorTests
{
    private static AutoScalingSimulator Group(bool retain = false, ulong seed = 1) => new(AutoScalingGroupName.Parse("web"), seed, retain);

    [Fact]
    public void Launch_WithoutHooks_GoesStraightIntoService()
    {
        var sim = Group();

        var id = Assert.Single(sim.Launch(1));

        Assert.Equal("i-00000000000000001", id.Value);
        Assert.Equal("0:Pending 0:InService", States(sim, id));
    }

    [Fact]
    public void Terminate_WithAHook_WaitsUntilTheHeartbeatTimeout_ThenAppliesTheDefaultResult()
    {
        var sim = Group();
        Hook(sim, "drain", Terminating, heartbeat: 300, result: "CONTINUE");
        var id = sim.Launch(1)[0];
        sim.AdvanceTo(S(60));

        sim.Terminate(id);
        var action = Assert.Single(sim.ActiveActions);
        sim.AdvanceTo(S(359));
        var stillWaiting = sim.Instances[id];
        sim.AdvanceTo(S(360));

        Assert.Equal((S(60), S(360), S(30060)), (action.Started, action.HeartbeatDeadline, action.GlobalDeadline));
        Assert.Equal(InstanceLifecycleState.TerminatingWait, stillWaiting);
        var timedOut = Assert.Single(sim.Timeline.OfType<LifecycleActionTimedOut>());
        Assert.Equal((S(360), LifecycleActionResult.Continue, false), (timedOut.Time, timedOut.Result, timedOut.GlobalTimeout));
        Assert.Equal("0:Pending 0:InService 60:Terminating 60:Terminating:Wait 360:Terminating:Proceed 360:Terminated", States(sim, id));
    }

    [Fact]
    public void Heartbeat_PushesTheDeadlineToNowPlusTheTimeout()
    {
        var sim = Group();
        Hook(sim, "drain", Terminating, heartbeat: 300);
        var id = sim.Launch(1)[0];
        sim.AdvanceTo(S(60));
        sim.Terminate(id);
        sim.AdvanceTo(S(120));

        var after = sim.RecordLifecycleActionHeartbeat(Name("drain"), instanceId: id).Value;
        sim.AdvanceTo(S(419));

        Assert.Equal(S(420), after.HeartbeatDeadline);
        Assert.Equal(S(30060), after.GlobalDeadline);
        Assert.Equal(InstanceLifecycleState.TerminatingWait, sim.Instances[id]);
        sim.AdvanceTo(S(420));
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
            sim.AdvanceTo(S(t));
            if (sim.ActiveActions.Count > 0)
            {
                sim.RecordLifecycleActionHeartbeat(Name("drain"), instanceId: id);
            }
        }

        var late = sim.RecordLifecycleActionHeartbeat(Name("drain"), instanceId: id);

        var timedOut = Assert.Single(sim.Timeline.OfType<LifecycleActionTimedOut>());
        Assert.Equal(S(3000), timedOut.Time);
        Assert.True(timedOut.GlobalTimeout);
        Assert.Equal($"No active Lifecycle Action found with instance ID {id}", AutoScalingError.Of(late)!.Message);
    }

    [Fact]
    public void AbandonOnLaunch_TerminatesTheInstance_AndLaunchesAReplacement()
    {
        var sim = Group();
        Hook(sim, "warm", Launching, heartbeat: 120, result: "ABANDON");
        var id = sim.Launch(1)[0];

        sim.AdvanceTo(S(120));

        Assert.Equal("0:Pending 0:Pending:Wait 120:Terminating 120:Terminated", States(sim, id));
        Assert.Equal("120:Pending 120:Pending:Wait", States(sim, InstanceId.Parse("i-00000000000000002")));
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
        sim.AdvanceTo(S(10));
        sim.CompleteLifecycleAction(Name("drain"), LifecycleActionResult.Continue, instanceId: id);
        Assert.Equal(InstanceLifecycleState.TerminatingWait, sim.Instances[id]);
        sim.AdvanceTo(S(20));
        sim.CompleteLifecycleAction(Name("backup"), LifecycleActionResult.Continue, instanceId: id);

        Assert.Equal("0:Pending 0:InService 0:Terminating 0:Terminating:Wait 20:Terminating:Proceed 20:Terminated", States(sim, id));
    }

    [Fact]
    public void Completion_ByToken_AndAfterTheActionEnded_IsRefused()
    {
        var sim = Group();
        Hook(sim, "warm", Launching);
        var id = sim.Launch(1)[0];
        var token = sim.ActiveActions[0].LifecycleActionToken;

        var first = sim.CompleteLifecycleAction(Name("warm"), LifecycleActionResult.Continue, lifecycleActionToken: token);
        var again = sim.CompleteLifecycleAction(Name("warm"), LifecycleActionResult.Continue, lifecycleActionToken: token);
        var heartbeat = sim.RecordLifecycleActionHeartbeat(Name("warm"), lifecycleActionToken: token);

        Assert.True(first.Succeeded);
        Assert.Equal(InstanceLifecycleState.InService, sim.Instances[id]);
        Assert.Equal(AutoScalingError.ValidationError, AutoScalingError.Of(again)!.Code);
        Assert.Equal($"No active Lifecycle Action found with token {token}", AutoScalingError.Of(again)!.Message);
        Assert.Equal(AutoScalingError.Of(again), AutoScalingError.Of(heartbeat));
        Assert.Equal(2, sim.Timeline.OfType<SimulationError>().Count());
    }

    [Fact]
    public void DeletingAHookInFlight_CompletesItsActions_AbandonForLaunchContinueForTerminate()
    {
        var sim = Group();
        Hook(sim, "warm", Launching);
        Hook(sim, "drain", Terminating);
        var launching = sim.Launch(1)[0];
        sim.CompleteLifecycleAction(Name("warm"), LifecycleActionResult.Continue, instanceId: launching);
        sim.Terminate(launching);
        var second = sim.Launch(1)[0];

        sim.AdvanceTo(S(50));
        sim.DeleteLifecycleHook(Name("drain"));
        sim.DeleteLifecycleHook(Name("warm"));

        var completions = sim.Timeline.OfType<LifecycleActionCompleted>().Where(c => c.Time == S(50)).Select(c => (c.Action.LifecycleHookName.Value, c.Result)).ToList();
        Assert.Equal([("drain", LifecycleActionResult.Continue), ("warm", LifecycleActionResult.Abandon)], completions);
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[launching]);
        Assert.Equal(InstanceLifecycleState.Terminated, sim.Instances[second]);
        Assert.Equal(InstanceLifecycleState.InService, sim.Instances[InstanceId.Parse("i-00000000000000003")]); // the replacement: no hooks left
    }

    [Fact]
    public void NewHooks_DoNotHoldInstancesAlreadyWaiting()
    {
        var sim = Group();
        Hook(sim, "warm", Launching);
        sim.Launch(1);

        Hook(sim, "late", Launching);

        Assert.Equal(["warm"], sim.ActiveActions.Select(a => a.LifecycleHookName.Value));
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
        Assert.Equal(InstanceLifecycleState.InService, sim.Instances[InstanceId.Parse("i-00000000000000002")]);
    }

    [Fact]
    public void Tokens_Are36Characters_AndFollowTheSeed()
    {
        string[] Tokens(ulong seed)
        {
            var sim = Group(seed: seed);
            Hook(sim, "warm", Launching);
            sim.Launch(3);
            return [.. sim.ActiveActions.Select(a => a.LifecycleActionToken.Value)];
        }

        Assert.All(Tokens(7), t => Assert.True(ValueParsing.Read<LifecycleActionToken>(t).Succeeded));
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

        Assert.Equal(AutoScalingError.ValidationError, AutoScalingError.Of(sim.Terminate(id))!.Code);
        Assert.False(sim.Terminate(InstanceId.Parse("i-00000000000000099")).Succeeded);
    }

    [Fact]
    public void RunUntilIdle_StopsAtTheHorizon_WhenAbandonedLaunchesKeepReplacing()
    {
        var sim = Group();
        Hook(sim, "warm", Launching, heartbeat: 30, result: "ABANDON");
        sim.Launch(1);

        var end = sim.RunUntilIdle(horizon: S(300));

        Assert.Equal(S(300), end);
        Assert.Equal(11, sim.Instances.Count);
    }
}
