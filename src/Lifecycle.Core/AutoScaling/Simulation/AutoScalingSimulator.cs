using System.Globalization;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>
/// A deterministic simulation of one Auto Scaling group's lifecycle hooks in virtual time (reference
/// autoscaling-lifecycle-hooks.md §2 and the derived state machine of §4): instances launch and terminate through
/// the wait states, every hook on the transition starts a lifecycle action with a token and two deadlines,
/// heartbeats push the heartbeat deadline (never the global one), completions and timeouts apply CONTINUE or
/// ABANDON, and deleting a hook completes its actions. No wall clock, no threads: time moves only through
/// <see cref="AdvanceTo"/>, <see cref="AdvanceBy"/> and <see cref="RunUntilIdle"/>. Not thread-safe.
/// </summary>
public sealed partial class AutoScalingSimulator
{
    // Every instance the group has had, in launch order: the instance numbered n (i-0...0n) is at n - first.
    private readonly List<SimulatedInstance> _instances = [];
    private readonly LifecycleActionTable _actions;
    private readonly TimelineRecorder _timeline;
    private readonly PriorityQueue<Action<AutoScalingSimulator>, (long At, long Order)> _callbacks = new();
    private readonly Queue<LifecycleNotification> _outbox = new();
    private readonly Queue<SimulatedInstance> _warmPool = new();
    private readonly List<Func<LifecycleNotificationContext, CancellationToken, ValueTask>> _handlers = [];
    private readonly HandlerScheduler _handlerScheduler = new();
    private readonly Dictionary<UInt128, CancellationTokenSource> _actionCancellations = [];
    private readonly Queue<CancellationTokenSource> _endedActionTokens = new();
    private readonly TokenGenerator _ids;
    private readonly string _groupArn;
    private long _now;
    private long _order;
    private bool _dispatching;
    private LifecycleHook[]? _launchingHooks;
    private LifecycleHook[]? _terminatingHooks;
    private int _hooksVersion;
    private SimulatorTimeProvider? _timeProvider;
    private long _firstInstanceNumber = 1;

    /// <summary>Creates the simulation of a group with no hooks and no instances, at virtual time 0.</summary>
    /// <param name="autoScalingGroupName">The group.</param>
    /// <param name="seed">Tokens derive from it: the same seed and the same calls give the same timeline.</param>
    /// <param name="retainOnTerminateAbandon">InstanceLifecyclePolicy TerminateHookAbandon = retain (§2.8).</param>
    /// <param name="environment">Account, region and start time for notifications; the defaults when null.</param>
    public AutoScalingSimulator(AutoScalingGroupName autoScalingGroupName, ulong seed = 1, bool retainOnTerminateAbandon = false, SimulationEnvironment? environment = null)
    {
        Hooks = new LifecycleHookRegistry(autoScalingGroupName);
        _actions = new LifecycleActionTable(new TokenCipher(seed));
        _timeline = new TimelineRecorder(_actions);
        _ids = new TokenGenerator(~seed);
        RetainOnTerminateAbandon = retainOnTerminateAbandon;
        Environment = environment ?? SimulationEnvironment.Default;
        _groupArn = $"arn:aws:autoscaling:{Environment.Region}:{Environment.AccountId}:autoScalingGroup:{_ids.Next()}:autoScalingGroupName/{autoScalingGroupName.Value}";
    }

    /// <summary>
    /// Whether <see cref="Timeline"/> records what happens (default true). Turn it off for long or large runs that
    /// look at the instances and actions, or at notifications through <see cref="Subscribe"/>: the timeline is then
    /// empty, and with no handler the notification bodies are not built either.
    /// </summary>
    public bool RecordTimeline
    {
        get => _timeline.IsOn;
        init => _timeline.IsOn = value;
    }

    /// <summary>
    /// The number of the group's first instance (default 1, i-00000000000000001); later ones count up from it in
    /// launch order. A host that runs one simulator per group gives each group its own range, so that instance ids
    /// stay unique across groups as EC2's are.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1, or so large that 17 digits cannot hold a billion instances more.</exception>
    public long FirstInstanceNumber
    {
        get => _firstInstanceNumber;
        init => _firstInstanceNumber = value is >= 1 and <= MaxFirstInstanceNumber
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"The first instance number must be from 1 to {MaxFirstInstanceNumber}.");
    }

    private const long MaxFirstInstanceNumber = 99_999_999_000_000_000;

    /// <summary>The account, region and start time notifications use.</summary>
    public SimulationEnvironment Environment { get; }

    /// <summary>The group's ARN, as the test notification and EventBridge events give it.</summary>
    public string AutoScalingGroupARN => _groupArn;

    /// <summary>
    /// Registers a handler for every notification (target messages, test messages and EventBridge events), as a
    /// queue consumer or a Lambda function would be. It runs after the operation that sent the notification, on the
    /// simulator's turn, and heartbeats and completes through its <see cref="LifecycleNotificationContext"/>. What it
    /// awaits on <see cref="LifecycleNotificationContext.TimeProvider"/> resumes in virtual time as the simulator
    /// advances; its token is cancelled when the announced action ends, however it ends. A handler that throws (or
    /// whose task faults) is recorded as <see cref="HandlerFailed"/> and its action waits for its deadline.
    /// Work it awaits outside virtual time (real I/O) resumes at the simulator's next call; a handler that leaves the
    /// simulator's context (<c>ConfigureAwait(false)</c> on such work) resumes on another thread, where it must not call
    /// the simulator, which is not thread-safe.
    /// </summary>
    /// <param name="handler">Receives each notification with its context, and the action's cancellation token.</param>
    public void Subscribe(Func<LifecycleNotificationContext, CancellationToken, ValueTask> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _handlers.Add(handler);
    }

    /// <summary>Runs <paramref name="work"/> when virtual time reaches <paramref name="at"/> (before deadlines of the same second).</summary>
    /// <param name="at">Virtual time in whole seconds; not before <see cref="Now"/>.</param>
    /// <param name="work">What to do then.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is not a whole number of seconds.</exception>
    public void Schedule(TimeSpan at, Action<AutoScalingSimulator> work) => ScheduleAt(WholeSeconds(at), work);

    internal void ScheduleAt(long at, Action<AutoScalingSimulator> work)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(at, _now);
        ArgumentNullException.ThrowIfNull(work);
        _callbacks.Enqueue(work, (at, _order++));
    }

    /// <summary>The group's hooks. Put and delete them through the simulator, so that actions in flight follow.</summary>
    public LifecycleHookRegistry Hooks { get; }

    /// <summary>Whether an abandoned termination retains the instance instead of terminating it (§2.8).</summary>
    public bool RetainOnTerminateAbandon { get; }

    /// <summary>The group's warm pool, or null when it has none (see <see cref="PutWarmPool"/>).</summary>
    public WarmPoolConfiguration? WarmPool { get; private set; }

    /// <summary>Virtual time since the simulation started, in whole seconds.</summary>
    public TimeSpan Now => TimeSpan.FromSeconds(_now);

    internal long NowSeconds => _now;

    /// <summary>
    /// The virtual clock as a <see cref="System.TimeProvider"/>, for code that takes one (a handler's own timeouts, a
    /// <c>DeploymentEngine</c>): its time is <see cref="SimulationEnvironment.Start"/> plus <see cref="Now"/>, and its
    /// timers fire while the simulator advances, at whole seconds. Like the simulator, not thread-safe.
    /// </summary>
    public TimeProvider TimeProvider => _timeProvider ??= new SimulatorTimeProvider(this);

    /// <summary>Where each event goes as it happens, kept nowhere (the timeline stays empty); null to keep them.</summary>
    internal Action<SimulationEvent>? TimelineSink
    {
        get => _timeline.Sink;
        set => _timeline.Sink = value;
    }

    /// <summary>Everything that happened, in order, since the start or the last <see cref="ClearTimeline"/>.</summary>
    public IReadOnlyList<SimulationEvent> Timeline => _timeline.Events;

    /// <summary>
    /// Forgets the events of <see cref="Timeline"/> recorded so far; recording goes on. A host that reads the
    /// timeline as it grows (a server that runs for days) clears what it has read, so that memory stays in what
    /// is alive: the instances and actions, not everything that ever happened to them.
    /// </summary>
    public void ClearTimeline() => _timeline.Clear();

    /// <summary>Each instance's current state, in launch order.</summary>
    public IReadOnlyDictionary<InstanceId, InstanceLifecycleState> Instances => _instances.ToDictionary(i => i.Id, i => i.State);

    /// <summary>The lifecycle actions that are waiting for a heartbeat, a completion or a timeout.</summary>
    public IReadOnlyList<LifecycleActionSnapshot> ActiveActions => [.. _instances.SelectMany(_actions.OfInstance).Select(_actions.Snapshot)];

    /// <summary>PutLifecycleHook. A new hook applies to transitions that start after it; actions in flight keep theirs (§2.9).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The hook, or the service's error (also recorded on the timeline).</returns>
    public Result<LifecycleHook> PutLifecycleHook(PutLifecycleHookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var put = Record(Hooks.PutLifecycleHook(request));
        if (put.Succeeded && request.NotificationTargetARN is { Length: > 0 } target)
        {
            // §2.7.2: specifying a target sends it a test message.
            var time = NotificationBodies.Time(Environment, _now);
            Send(new LifecycleNotification(Now, NotificationChannel.Target, target,
                NotificationBodies.TestMessage(_ids.Next(), time, Environment, Hooks.AutoScalingGroupName.Value, _groupArn), null));
        }

        Dispatch();
        return put;
    }

    /// <summary>DeleteLifecycleHook: its outstanding actions complete first, ABANDON for launching and CONTINUE for terminating instances (§1.4).</summary>
    /// <param name="lifecycleHookName">The hook.</param>
    /// <returns>The deleted hook, or the service's error.</returns>
    public Result<LifecycleHook> DeleteLifecycleHook(LifecycleHookName lifecycleHookName)
    {
        var deleted = Record(Hooks.DeleteLifecycleHook(lifecycleHookName));
        if (deleted.Succeeded)
        {
            var outstanding = _instances.SelectMany(_actions.OfInstance).Where(a => _actions.Hook(a).LifecycleHookName == lifecycleHookName).ToList();
            foreach (var action in outstanding)
            {
                End(action, _actions.Hook(action).LifecycleTransition.IsLaunching ? LifecycleActionResult.Abandon : LifecycleActionResult.Continue, timedOut: false, global: false);
            }
        }

        Dispatch();
        return deleted;
    }

    /// <summary>
    /// PutWarmPool: gives the group a warm pool, or changes it (§2.2). From then on notifications carry Origin and
    /// Destination, scale-out draws on the pool's resting instances first, and with ReuseOnScaleIn scale-in returns
    /// instances to the pool. A new PoolState applies to instances that enter the pool afterwards.
    /// </summary>
    /// <param name="configuration">The pool.</param>
    public void PutWarmPool(WarmPoolConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        WarmPool = configuration;
    }

    /// <summary>
    /// Scale out: each instance comes from the warm pool when one rests there (the one that has rested longest),
    /// through Pending (and Pending:Wait while launching hooks hold it) into service; otherwise a new one launches.
    /// </summary>
    /// <param name="count">How many.</param>
    /// <returns>Their ids: new instances are numbered i-00000000000000001 and so on in launch order.</returns>
    public IReadOnlyList<InstanceId> Launch(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var ids = new List<InstanceId>(count);
        for (var i = 0; i < count; i++)
        {
            ids.Add(LaunchOne());
        }

        Dispatch();
        return ids;
    }

    /// <summary>
    /// Fills the warm pool: launches new instances into it, through Warmed:Pending (and Warmed:Pending:Wait while
    /// launching hooks hold them) to the pool's resting state. Those hooks run again when the instance later leaves
    /// the pool for the group (§2.2).
    /// </summary>
    /// <param name="count">How many.</param>
    /// <returns>Their ids.</returns>
    /// <exception cref="InvalidOperationException">The group has no warm pool; call <see cref="PutWarmPool"/> first.</exception>
    public IReadOnlyList<InstanceId> LaunchIntoWarmPool(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (WarmPool is null)
        {
            throw new InvalidOperationException("The group has no warm pool. Call PutWarmPool before launching into it.");
        }

        var ids = new List<InstanceId>(count);
        for (var i = 0; i < count; i++)
        {
            ids.Add(Start(NewInstance(), Passage.LaunchIntoWarmPool).Id);
        }

        Dispatch();
        return ids;
    }

    /// <summary>
    /// Scale in an instance in service: through Terminating (and Terminating:Wait while terminating hooks hold it),
    /// or, when the warm pool has ReuseOnScaleIn, back into the pool through Warmed:Pending:Wait. An instance resting
    /// in the warm pool terminates through Warmed:Terminating:Wait (§2.2).
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <returns>Success, or a ValidationError when the instance is unknown, or neither in service nor resting in the warm pool.</returns>
    public Result<InstanceId> Terminate(InstanceId instanceId)
    {
        TryGetInstance(instanceId.Value, out var instance);
        var passage = instance?.State switch
        {
            InstanceLifecycleState.InService => WarmPool is { ReuseOnScaleIn: true } ? Passage.ReturnToWarmPool : Passage.TerminateFromGroup,
            { } state when state.IsResting() => Passage.TerminateFromWarmPool,
            _ => (Passage?)null,
        };
        if (instance is null || passage is null)
        {
            return Record(Result.Failure<InstanceId>(Error(
                instance is null ? $"The instance {instanceId} is not part of the group."
                : $"The instance {instanceId} is {instance.State.ToWire()}; only instances in service or resting in the warm pool can be terminated.")));
        }

        Start(instance, passage.Value);
        Dispatch();
        return Result.Ok(instanceId);
    }

    /// <summary>RecordLifecycleActionHeartbeat: the heartbeat deadline becomes now + HeartbeatTimeout; the global one stays (§2.3).</summary>
    /// <param name="lifecycleHookName">The hook.</param>
    /// <param name="lifecycleActionToken">The token, or null to find the action by <paramref name="instanceId"/>.</param>
    /// <param name="instanceId">The instance, when no token is given.</param>
    /// <returns>The action after the heartbeat, or the service's error: No active Lifecycle Action found with ...</returns>
    public Result<LifecycleActionSnapshot> RecordLifecycleActionHeartbeat(LifecycleHookName lifecycleHookName, LifecycleActionToken? lifecycleActionToken = null, InstanceId? instanceId = null)
    {
        var action = Find(lifecycleHookName.Value, lifecycleActionToken?.Value, instanceId?.Value);
        if (action < 0)
        {
            return Record(NoActiveAction(lifecycleActionToken?.Value, instanceId?.Value));
        }

        _actions.Heartbeat(action, _now);
        var snapshot = _actions.Snapshot(action);
        _timeline.Heartbeat(_now, snapshot);

        Dispatch();
        return Result.Ok(snapshot);
    }

    /// <summary>CompleteLifecycleAction with CONTINUE or ABANDON (§2.4).</summary>
    /// <param name="lifecycleHookName">The hook.</param>
    /// <param name="result">CONTINUE or ABANDON.</param>
    /// <param name="lifecycleActionToken">The token, or null to find the action by <paramref name="instanceId"/>.</param>
    /// <param name="instanceId">The instance, when no token is given.</param>
    /// <returns>The completed action, or the service's error.</returns>
    public Result<LifecycleActionSnapshot> CompleteLifecycleAction(LifecycleHookName lifecycleHookName, LifecycleActionResult result, LifecycleActionToken? lifecycleActionToken = null, InstanceId? instanceId = null)
    {
        var action = Find(lifecycleHookName.Value, lifecycleActionToken?.Value, instanceId?.Value);
        if (action < 0)
        {
            return Record(NoActiveAction(lifecycleActionToken?.Value, instanceId?.Value));
        }

        var snapshot = _actions.Snapshot(action);
        End(action, result, timedOut: false, global: false, snapshot);
        Dispatch();
        return Result.Ok(snapshot);
    }

    /// <summary>Moves virtual time to <paramref name="time"/>, firing every deadline on the way, in order.</summary>
    /// <param name="time">Virtual time in whole seconds; not before <see cref="Now"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="time"/> is not a whole number of seconds.</exception>
    public void AdvanceTo(TimeSpan time) => AdvanceToSecond(WholeSeconds(time));

    private void AdvanceToSecond(long time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(time, _now);
        while (true)
        {
            var hasDeadline = _actions.TryPeekDeadline(out var action, out var deadline) && deadline <= time;
            var hasCallback = _callbacks.TryPeek(out var work, out var when) && when.At <= time;
            if (hasCallback && (!hasDeadline || when.At <= deadline))
            {
                // Scheduled work first: a completion in the same second as the deadline wins (an assumption).
                _callbacks.Dequeue();
                _now = when.At;
                work!(this);
                Dispatch();
                continue;
            }

            if (!hasDeadline)
            {
                break;
            }

            _actions.DequeueDeadline();
            _now = deadline;
            var global = deadline == _actions.GlobalDeadline(action) && _actions.GlobalDeadline(action) <= _actions.HeartbeatDeadline(action);
            End(action, _actions.Hook(action).DefaultResult, timedOut: true, global);
            Dispatch();
        }

        _now = time;
    }

    /// <summary>Moves virtual time forward.</summary>
    /// <param name="duration">How far, in whole seconds.</param>
    /// <exception cref="ArgumentException"><paramref name="duration"/> is not a whole number of seconds.</exception>
    public void AdvanceBy(TimeSpan duration) => AdvanceToSecond(checked(_now + WholeSeconds(duration)));

    /// <summary>The default horizon of <see cref="RunUntilIdle"/>: 30 days of virtual time.</summary>
    public static TimeSpan DefaultIdleHorizon { get; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Lets every pending action reach its deadline: time moves to the last timeout and stops there, or at the
    /// horizon. A launching hook whose DefaultResult is ABANDON replaces each instance that times out, and the
    /// replacement waits again, forever (AWS slows such launches down, §2.4); the horizon ends that.
    /// </summary>
    /// <param name="horizon">The most virtual time to run from now, in whole seconds; <see cref="DefaultIdleHorizon"/> when null.</param>
    /// <returns>The virtual time when nothing is pending any more, or the horizon.</returns>
    public TimeSpan RunUntilIdle(TimeSpan? horizon = null)
    {
        var end = checked(_now + WholeSeconds(horizon ?? DefaultIdleHorizon));
        while (NextDueSecond() is { } due && due <= end)
        {
            AdvanceToSecond(Math.Max(_now, due));
        }

        return Now;
    }

    // The simulator keeps whole seconds, as AWS's timeouts are; a finer time is a caller's mistake.
    private static long WholeSeconds(TimeSpan time, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(time))] string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(time, TimeSpan.Zero, name);
        return time.Ticks % TimeSpan.TicksPerSecond == 0
            ? time.Ticks / TimeSpan.TicksPerSecond
            : throw new ArgumentException($"The simulator's clock moves in whole seconds; {time} is not.", name);
    }
}
