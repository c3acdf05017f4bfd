using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>Invariants of the simulation over random operation sequences (issue 5).</summary>
public class AutoScalingSimulatorPropertyTests
{
    // Applies one random operation; returns the simulation for chaining.
    internal static void Apply(AutoScalingSimulator sim, SimulationOperation op)
    {
        var actions = sim.ActiveActions;
        // Instances in service, and those resting in the warm pool: the ones scale-in may pick.
        var inService = sim.Instances.Where(i => i.Value is InstanceLifecycleState.InService or InstanceLifecycleState.WarmedStopped
            or InstanceLifecycleState.WarmedRunning or InstanceLifecycleState.WarmedHibernated).Select(i => i.Key).ToList();
        switch (op.Kind)
        {
            case 0:
                sim.Launch(1 + (op.A % 3));
                break;
            case 1 when inService.Count > 0:
                sim.Terminate(inService[op.A % inService.Count]);
                break;
            case 2 when actions.Count > 0:
                var beat = actions[op.A % actions.Count];
                sim.RecordLifecycleActionHeartbeat(beat.LifecycleHookName, op.B % 2 == 0 ? beat.LifecycleActionToken : null, op.B % 2 == 0 ? null : beat.InstanceId);
                break;
            case 3 when actions.Count > 0:
                var done = actions[op.A % actions.Count];
                sim.CompleteLifecycleAction(done.LifecycleHookName, op.B % 3 == 0 ? LifecycleActionResult.Abandon : LifecycleActionResult.Continue, done.LifecycleActionToken);
                break;
            case 4:
                sim.PutLifecycleHook(new PutLifecycleHookRequest
                {
                    LifecycleHookName = $"h{op.A % 4}",
                    AutoScalingGroupName = "web",
                    LifecycleTransition = op.B % 2 == 0 ? "autoscaling:EC2_INSTANCE_LAUNCHING" : "autoscaling:EC2_INSTANCE_TERMINATING",
                    HeartbeatTimeout = 30 + (op.B % 300),
                    DefaultResult = op.A % 5 == 0 ? "ABANDON" : "CONTINUE",
                });
                break;
            case 5:
                sim.DeleteLifecycleHook(LifecycleHookName.Parse($"h{op.A % 4}"));
                break;
            case 8:
                sim.PutWarmPool(new WarmPoolConfiguration { PoolState = (WarmPoolState)(op.A % 3), ReuseOnScaleIn = op.B % 2 == 0 });
                break;
            case 9 when sim.WarmPool is not null:
                sim.LaunchIntoWarmPool(1 + (op.A % 2));
                break;
            default:
                sim.AdvanceBy(TimeSpan.FromSeconds(op.A % 400));
                break;
        }
    }

    /// <summary>One operation: its kind (0..10) and two numbers that pick its target and arguments.</summary>
    public sealed record SimulationOperation(int Kind, int A, int B);

    /// <summary>A run: whether the group retains on an abandoned termination (§2.8), and the operations.</summary>
    public sealed record SimulationRun(bool Retain, IReadOnlyList<SimulationOperation> Ops);

    public static class Runs
    {
        public static Arbitrary<SimulationRun> Run() => Arb.From(
            from retain in Gen.Elements(false, true)
            from ops in Gen.ListOf(
                from kind in Gen.Choose(0, 10)
                from a in Gen.Choose(0, 1000)
                from b in Gen.Choose(0, 1000)
                select new SimulationOperation(kind, a, b))
            select new SimulationRun(retain, ops.ToList()));
    }

    internal static AutoScalingSimulator New(SimulationRun run) =>
        new(AutoScalingGroupName.Parse("web"), seed: 3, retainOnTerminateAbandon: run.Retain);

    private static AutoScalingSimulator Run(SimulationRun run)
    {
        var sim = New(run);
        foreach (var op in run.Ops)
        {
            Apply(sim, op);
        }

        return sim;
    }

    [Property(Arbitrary = [typeof(Runs)], MaxTest = PropertyCases.Default * 2 / 3)]
    public bool Property_EveryActionEndsAtMostOnce_AndEveryEndedOneWasStarted(SimulationRun run)
    {
        var sim = Run(run);
        var started = sim.Timeline.OfType<LifecycleActionStarted>().Select(e => e.Action.LifecycleActionToken).ToList();
        var ended = sim.Timeline.Select(e => e switch
        {
            LifecycleActionCompleted c => c.Action.LifecycleActionToken,
            LifecycleActionTimedOut t => t.Action.LifecycleActionToken,
            LifecycleActionStopped s => s.Action.LifecycleActionToken,
            _ => (LifecycleActionToken?)null,
        }).OfType<LifecycleActionToken>().ToList();
        var active = sim.ActiveActions.Select(a => a.LifecycleActionToken).ToList();
        return started.Count == started.Distinct().Count()
            && ended.Count == ended.Distinct().Count()
            && ended.All(started.Contains)
            && started.Count == ended.Count + active.Count
            && !active.Intersect(ended).Any();
    }

    [Property(Arbitrary = [typeof(Runs)], MaxTest = PropertyCases.Default * 2 / 3)]
    public bool Property_AnInstanceWithAPendingActionIsInAWaitState(SimulationRun run)
    {
        var sim = New(run);
        foreach (var op in run.Ops)
        {
            Apply(sim, op);
            var states = sim.Instances;
            if (sim.ActiveActions.Any(a => states[a.InstanceId] is not (InstanceLifecycleState.PendingWait or InstanceLifecycleState.TerminatingWait
                or InstanceLifecycleState.WarmedPendingWait or InstanceLifecycleState.WarmedTerminatingWait)))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(Runs)], MaxTest = PropertyCases.Default * 2 / 3)]
    public bool Property_NoDeadlinePassesWithoutItsTimeoutFiring(SimulationRun run)
    {
        var sim = New(run);
        foreach (var op in run.Ops)
        {
            Apply(sim, op);
            if (sim.ActiveActions.Any(a => Min(a.HeartbeatDeadline, a.GlobalDeadline) <= sim.Now))
            {
                return false;
            }
        }

        return sim.Timeline.OfType<LifecycleActionTimedOut>().All(t => t.Time == Min(t.Action.HeartbeatDeadline, t.Action.GlobalDeadline));
    }

    [Property(Arbitrary = [typeof(Runs)], MaxTest = PropertyCases.Default / 3)]
    public bool Property_TheSameSeedAndStepsGiveTheSameTimeline(SimulationRun run) =>
        Run(run).Timeline.SequenceEqual(Run(run).Timeline, TimelineComparer.Instance);

    /// <summary>Every state change of a run is a transition of the published state machine (issue 10, item 3).</summary>
    [Property(Arbitrary = [typeof(Runs)], MaxTest = PropertyCases.Default * 2 / 3)]
    public bool Property_EveryStateChange_IsATransitionOfTheStateMachine(SimulationRun run)
    {
        var last = new Dictionary<InstanceId, InstanceLifecycleState>();
        foreach (var change in Run(run).Timeline.OfType<InstanceStateChanged>())
        {
            InstanceLifecycleState? from = last.TryGetValue(change.InstanceId, out var before) ? before : null;
            if (!InstanceStateMachine.Transitions.Any(t => t.From == from && t.To == change.State))
            {
                throw new InvalidOperationException($"{change.InstanceId}: {from?.ToWire() ?? "(new)"} -> {change.State.ToWire()} is not a transition of the model.");
            }

            last[change.InstanceId] = change.State;
        }

        return true;
    }

    private sealed class TimelineComparer : IEqualityComparer<SimulationEvent>
    {
        public static readonly TimelineComparer Instance = new();

        public bool Equals(SimulationEvent? x, SimulationEvent? y) => x?.ToString() == y?.ToString();

        public int GetHashCode(SimulationEvent obj) => obj.ToString().GetHashCode(StringComparison.Ordinal);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
