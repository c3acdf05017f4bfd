using System.Text;
using System.Text.Json.Serialization;

namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>What moves an instance from one lifecycle state to the next.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InstanceStateTrigger>))]
public enum InstanceStateTrigger
{
    /// <summary>Scale-out: a new instance, or one drawn from the warm pool, enters the group.</summary>
    Launch,

    /// <summary>A new instance is launched into the warm pool.</summary>
    LaunchIntoWarmPool,

    /// <summary>Scale-in: the instance leaves the group (or the warm pool), or returns to the pool when it reuses instances.</summary>
    Terminate,

    /// <summary>The transition has hooks: each starts a lifecycle action and the instance waits.</summary>
    HooksStart,

    /// <summary>The transition has no hooks: the instance goes on at once.</summary>
    NoHooks,

    /// <summary>Every action ended with CONTINUE (by completion or by timeout with that default result).</summary>
    Continue,

    /// <summary>An action ended with ABANDON.</summary>
    Abandon,

    /// <summary>An action ended with ABANDON and the group retains instances whose termination is abandoned.</summary>
    AbandonRetained,

    /// <summary>The hooks are done: the instance reaches the end of its passage.</summary>
    Proceed,
}

/// <summary>One transition of the instance state machine.</summary>
public sealed record InstanceStateTransition
{
    /// <summary>The state before; null for an instance that did not exist yet.</summary>
    public InstanceLifecycleState? From { get; init; }

    /// <summary>The state after.</summary>
    public required InstanceLifecycleState To { get; init; }

    /// <summary>What causes it.</summary>
    public required InstanceStateTrigger Trigger { get; init; }
}

/// <summary>
/// The lifecycle states an instance of a group passes through and every transition between them, as the simulator
/// follows them: launches and terminations, into and out of the warm pool, the wait states the hooks hold, CONTINUE,
/// ABANDON and retention (reference §2.1, §2.2, §2.4, §2.8). Built from the same passages the simulator uses, and a
/// property test holds every state change of random simulator runs to it.
/// </summary>
public static class InstanceStateMachine
{
    /// <summary>Every state, in the model's order.</summary>
    public static IReadOnlyList<InstanceLifecycleState> States { get; } = Enum.GetValues<InstanceLifecycleState>();

    /// <summary>Every transition, each once.</summary>
    public static IReadOnlyList<InstanceStateTransition> Transitions { get; } = Build();

    /// <summary>The state machine as a Mermaid state diagram, states in AWS's spelling.</summary>
    public static string ToMermaid()
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        foreach (var t in Transitions)
        {
            text.Append("    ").Append(t.From is { } from ? Id(from) : "[*]").Append(" --> ").Append(Id(t.To)).Append(" : ").Append(t.Trigger).Append('\n');
        }

        foreach (var state in States)
        {
            text.Append("    ").Append(Id(state)).Append(" : ").Append(state.ToWire()).Append('\n');
        }

        return text.ToString();
    }

    private static string Id(InstanceLifecycleState state) => state.ToString();

    private static InstanceStateTransition[] Build()
    {
        var transitions = new List<InstanceStateTransition>();
        void Add(InstanceLifecycleState? from, InstanceLifecycleState to, InstanceStateTrigger trigger)
        {
            if (!transitions.Any(t => t.From == from && t.To == to && t.Trigger == trigger))
            {
                transitions.Add(new InstanceStateTransition { From = from, To = to, Trigger = trigger });
            }
        }

        var resting = Enum.GetValues<WarmPoolState>().Select(p => p.RestingState()).ToArray();
        foreach (var passage in Enum.GetValues<Passage>())
        {
            // How the passage starts (AutoScalingSimulator.Launch, LaunchIntoWarmPool and Terminate).
            switch (passage)
            {
                case Passage.LaunchIntoGroup:
                    Add(null, passage.Entry(), InstanceStateTrigger.Launch);
                    break;
                case Passage.LaunchIntoWarmPool:
                    Add(null, passage.Entry(), InstanceStateTrigger.LaunchIntoWarmPool);
                    break;
                case Passage.LeaveWarmPool:
                    Array.ForEach(resting, r => Add(r, passage.Entry(), InstanceStateTrigger.Launch));
                    break;
                case Passage.TerminateFromGroup or Passage.ReturnToWarmPool:
                    Add(InstanceLifecycleState.InService, passage.Entry(), InstanceStateTrigger.Terminate);
                    break;
                case Passage.TerminateFromWarmPool:
                    Array.ForEach(resting, r => Add(r, passage.Entry(), InstanceStateTrigger.Terminate));
                    break;
            }

            // Where it ends: a fixed state, or the pool's resting state, which depends on its PoolState.
            var destinations = passage is Passage.LaunchIntoWarmPool or Passage.ReturnToWarmPool ? resting : [passage.Destination(WarmPoolState.Stopped)];
            foreach (var destination in destinations)
            {
                Add(passage.Entry(), destination, InstanceStateTrigger.NoHooks);
                Add(passage.Proceed(), destination, InstanceStateTrigger.Proceed);
            }

            Add(passage.Entry(), passage.Wait(), InstanceStateTrigger.HooksStart);
            Add(passage.Wait(), passage.Proceed(), InstanceStateTrigger.Continue);
            if (passage.IsLaunching())
            {
                // An abandoned launch terminates the instance (§2.4).
                var warm = passage == Passage.LaunchIntoWarmPool;
                var terminating = warm ? InstanceLifecycleState.WarmedTerminating : InstanceLifecycleState.Terminating;
                Add(passage.Wait(), terminating, InstanceStateTrigger.Abandon);
                Add(terminating, warm ? InstanceLifecycleState.WarmedTerminated : InstanceLifecycleState.Terminated, InstanceStateTrigger.Proceed);
            }
            else
            {
                // An abandoned termination still goes on, unless the group retains the instance (§2.8).
                Add(passage.Wait(), passage.Proceed(), InstanceStateTrigger.Abandon);
                Add(passage.Proceed(), passage.Retained(), InstanceStateTrigger.AbandonRetained);
            }
        }

        return [.. transitions];
    }
}
