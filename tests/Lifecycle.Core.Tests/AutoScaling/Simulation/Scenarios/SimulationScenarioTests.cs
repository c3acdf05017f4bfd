using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.Diagnostics;

using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation.Scenarios;

public class SimulationScenarioTests
{
    // The scenario of the CLI contract, less its putHook and deleteHook steps.
    private const string DrainScenario = """
        group: web
        seed: 1
        hooks:
          - LifecycleHookName: drain
            LifecycleTransition: autoscaling:EC2_INSTANCE_TERMINATING
            HeartbeatTimeout: 300
            DefaultResult: CONTINUE
        steps:
          - at: 0
            launch: 2
          - at: 60
            terminate: i-00000000000000001
          - at: 120
            heartbeat: { instance: i-00000000000000001, hook: drain }
          - at: 200
            complete: { instance: i-00000000000000001, hook: drain, result: CONTINUE }
          - at: 250
            heartbeat: { instance: i-00000000000000001, hook: drain }
        """;

    private static SimulationScenario Read(string text)
    {
        var read = SimulationScenarioReader.Read(text);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return read.Value;
    }

    private static IReadOnlyList<Diagnostic> Errors(string text)
    {
        var read = SimulationScenarioReader.Read(text);
        Assert.False(read.Succeeded);
        return [.. read.Errors];
    }

    [Fact]
    public void Reader_ReadsEveryPart()
    {
        var scenario = Read(DrainScenario);

        Assert.Equal("web", scenario.AutoScalingGroupName.Value);
        Assert.Equal(1UL, scenario.Seed);
        Assert.Equal("drain", Assert.Single(scenario.Hooks).LifecycleHookName);
        Assert.Equal(300, scenario.Hooks[0].HeartbeatTimeout);
        Assert.Equal([0L, 60, 120, 200, 250], scenario.Steps.Select(s => (long)s.At.TotalSeconds));
        Assert.Equal(2, Assert.IsType<LaunchStep>(scenario.Steps[0]).Count);
        Assert.Equal("i-00000000000000001", Assert.IsType<TerminateStep>(scenario.Steps[1]).InstanceId.Value);
        var complete = Assert.IsType<CompleteStep>(scenario.Steps[3]);
        Assert.Equal(LifecycleActionResult.Continue, complete.Result);
        Assert.Equal(("drain", "i-00000000000000001", (string?)null), (complete.LifecycleHookName.Value, complete.InstanceId?.Value, complete.LifecycleActionToken?.Value));
        Assert.Null(scenario.Until);
        Assert.Equal(9, scenario.Steps[0].Span!.Value.Line);
    }

    [Fact]
    public void Reader_ReadsJsonToo()
    {
        var scenario = Read("""
            {"group": "web", "hooks": [{"LifecycleHookName": "warm", "LifecycleTransition": "autoscaling:EC2_INSTANCE_LAUNCHING"}],
             "steps": [{"at": 0, "launch": 1}, {"at": 5, "putHook": {"LifecycleHookName": "x", "LifecycleTransition": "autoscaling:EC2_INSTANCE_LAUNCHING"}},
                       {"at": 6, "deleteHook": "x"}], "until": 10}
            """);

        Assert.Equal(1UL, scenario.Seed);
        Assert.Equal(S(10), scenario.Until);
        Assert.Equal("x", Assert.IsType<PutHookStep>(scenario.Steps[1]).Request.LifecycleHookName);
        Assert.Equal("x", Assert.IsType<DeleteHookStep>(scenario.Steps[2]).LifecycleHookName.Value);
    }

    [Theory]
    [InlineData("group: web\nsteps:\n  - at: 10\n    launch: 1\n  - at: 5\n    launch: 1\n", ScenarioDiagnosticCodes.TimeGoesBackwards, 5)]
    [InlineData("group: web\nsteps:\n  - at: 10\n    launch: 1\nuntil: 5\n", ScenarioDiagnosticCodes.TimeGoesBackwards, 5)]
    [InlineData("group: web\nsteps:\n  - at: 1\n    reboot: i-1\n", ScenarioDiagnosticCodes.UnknownKey, 4)]
    [InlineData("group: web\nsteps:\n  - at: 1\n", ScenarioDiagnosticCodes.StepAction, 3)]
    [InlineData("group: web\nsteps:\n  - at: 1\n    launch: 1\n    terminate: i-1\n", ScenarioDiagnosticCodes.StepAction, 3)]
    [InlineData("group: web\nsteps:\n  - at: soon\n    launch: 1\n", ScenarioDiagnosticCodes.WrongType, 3)]
    [InlineData("group: web\nsteps:\n  - at: -1\n    launch: 1\n", ScenarioDiagnosticCodes.OutOfRange, 3)]
    [InlineData("group: web\nsteps:\n  - launch: 1\n", ScenarioDiagnosticCodes.Required, 3)]
    [InlineData("steps: []\n", ScenarioDiagnosticCodes.Required, 1)]
    [InlineData("group: web\nsteps:\n  - at: 1\n    heartbeat: { hook: drain }\n", ScenarioDiagnosticCodes.ActionTarget, 4)]
    [InlineData("group: web\nsteps:\n  - at: 1\n    complete: { hook: drain, instance: i-1, result: MAYBE }\n", AutoScalingDiagnosticCodes.ResultUnknown, 4)]
    [InlineData("group: web\nhooks:\n  - LifecycleHookName: drain\n    LifecycleTransition: autoscaling:EC2_INSTANCE_TERMINATING\n    HeartbeatTimeout: 10\n", AutoScalingDiagnosticCodes.HeartbeatTimeoutOutOfRange, 5)]
    [InlineData("group: web\nsteps: {at: 1}\n", ScenarioDiagnosticCodes.WrongType, 2)]
    [InlineData("group: [\n", ScenarioDiagnosticCodes.Syntax, 2)]
    [InlineData("- 1\n", ScenarioDiagnosticCodes.WrongType, 1)]
    [InlineData("group: web\nsteps:\n  - at: 1\n    launchIntoWarmPool: 2\n", ScenarioDiagnosticCodes.WarmPoolRequired, 3)]
    [InlineData("group: web\nwarmPool:\n  PoolState: Frozen\n", ScenarioDiagnosticCodes.OutOfRange, 3)]
    [InlineData("group: web\nwarmPool:\n  MinSize: 2\n", ScenarioDiagnosticCodes.UnknownKey, 3)]
    [InlineData("group: web\nwarmPool: [Stopped]\n", ScenarioDiagnosticCodes.WrongType, 2)]
    [InlineData("group: web\nwarmPool:\n  InstanceReusePolicy:\n    ReuseOnScaleIn: yes\n", ScenarioDiagnosticCodes.WrongType, 4)]
    [InlineData("group: web\ninstanceLifecyclePolicy:\n  RetentionTriggers:\n    TerminateHookAbandon: keep\n", ScenarioDiagnosticCodes.OutOfRange, 4)]
    [InlineData("group: web\ninstanceLifecyclePolicy:\n  RetentionTrigger: {}\n", ScenarioDiagnosticCodes.UnknownKey, 3)]
    public void Reader_RefusesAMistake_WithItsCodeAndLine(string text, string code, int line)
    {
        var error = Assert.Single(Errors(text), e => e.Code == code);
        Assert.Equal(line, error.Span!.Value.Line);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Reader_RefusesAnAliasBomb()
    {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";

        Assert.Contains(Errors(text), e => e.Code == ScenarioDiagnosticCodes.DocumentTooLarge);
    }

    [Fact]
    public void Run_GivesTheHandComputedTimeline()
    {
        var run = Read(DrainScenario).Run();

        // Time, kind and instance of every event but the notifications, worked out from §2.1 and §2.3 by hand.
        var expected = new (long, string?)[]
        {
            (0, "i-00000000000000001 Pending"), (0, "i-00000000000000001 InService"),
            (0, "i-00000000000000002 Pending"), (0, "i-00000000000000002 InService"),
            (60, "i-00000000000000001 Terminating"), (60, "i-00000000000000001 Terminating:Wait"),
            (60, "started drain 360 30060"),
            (120, "heartbeat drain 420 30060"),
            (200, "completed drain CONTINUE"),
            (200, "i-00000000000000001 Terminating:Proceed"), (200, "i-00000000000000001 Terminated"),
            (250, "error 5 No active Lifecycle Action found with instance ID i-00000000000000001"),
        };
        var actual = run.Timeline.Select((e, i) => ((long)e.Time.TotalSeconds, What: e switch
        {
            InstanceStateChanged s => $"{s.InstanceId} {s.State.ToWire()}",
            LifecycleActionStarted s => $"started {s.Action.LifecycleHookName} {s.Action.HeartbeatDeadline.TotalSeconds} {s.Action.GlobalDeadline.TotalSeconds}",
            LifecycleActionHeartbeat h => $"heartbeat {h.Action.LifecycleHookName} {h.Action.HeartbeatDeadline.TotalSeconds} {h.Action.GlobalDeadline.TotalSeconds}",
            LifecycleActionCompleted c => $"completed {c.Action.LifecycleHookName} {c.Result}",
            SimulationError err => $"error {run.StepOf(i)} {err.Error.Message}",
            _ => null,
        })).Where(e => e.What is not null).ToArray();

        Assert.Equal(expected, actual);
        Assert.Equal(S(250), run.End);
        Assert.Equal([("i-00000000000000001", InstanceLifecycleState.Terminated), ("i-00000000000000002", InstanceLifecycleState.InService)],
            run.Instances.Select(i => (i.Key.Value, i.Value)));
    }

    [Fact]
    public void Run_WithoutUntil_LetsPendingActionsTimeOut_AndWithUntil_StopsThere()
    {
        const string Scenario = """
            group: web
            hooks:
              - { LifecycleHookName: drain, LifecycleTransition: "autoscaling:EC2_INSTANCE_TERMINATING", HeartbeatTimeout: 300, DefaultResult: ABANDON }
            steps:
              - { at: 0, launch: 1 }
              - { at: 10, terminate: i-00000000000000001 }
            """;

        var idle = Read(Scenario).Run();
        var timedOut = Assert.Single(idle.Timeline.OfType<LifecycleActionTimedOut>());
        Assert.Equal((S(310), LifecycleActionResult.Abandon, false), (timedOut.Time, timedOut.Result, timedOut.GlobalTimeout));
        Assert.Equal(InstanceLifecycleState.Terminated, idle.Instances.Single().Value);

        var stopped = Read(Scenario + "\nuntil: 100\n").Run();
        Assert.Equal(S(100), stopped.End);
        Assert.Empty(stopped.Timeline.OfType<LifecycleActionTimedOut>());
        Assert.Equal(InstanceLifecycleState.TerminatingWait, stopped.Instances.Single().Value);
    }

    [Fact]
    public void Run_CompletionInTheSecondOfTheDeadline_Wins()
    {
        var run = Read("""
            group: web
            hooks:
              - { LifecycleHookName: drain, LifecycleTransition: "autoscaling:EC2_INSTANCE_TERMINATING", HeartbeatTimeout: 30 }
            steps:
              - { at: 0, launch: 1 }
              - { at: 0, terminate: i-00000000000000001 }
              - { at: 30, complete: { instance: i-00000000000000001, hook: drain, result: CONTINUE } }
            """).Run();

        Assert.Single(run.Timeline.OfType<LifecycleActionCompleted>());
        Assert.Empty(run.Timeline.OfType<LifecycleActionTimedOut>());
    }

    [Fact]
    public void Run_SameScenario_GivesTheSameTimeline()
    {
        var first = Read(DrainScenario).Run();
        var second = Read(DrainScenario).Run();

        Assert.Equal(first.Timeline, second.Timeline);
    }
}
