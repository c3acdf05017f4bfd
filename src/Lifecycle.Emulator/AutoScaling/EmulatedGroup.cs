using System.Globalization;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Emulator.AutoScaling;

/// <summary>
/// One Auto Scaling group on the wire: the simulator that models its hooks and instances, and around it what the
/// group API needs besides (sizes, zones, the capacity it keeps, scaling activities). Changed under the world's lock only.
/// </summary>
internal sealed class EmulatedGroup
{
    private readonly Dictionary<string, EmulatedInstance> _instances = new(StringComparer.Ordinal);
    private readonly List<EmulatedInstance> _inLaunchOrder = [];
    private readonly List<ScalingActivity> _activities = [];
    private readonly Func<string> _newId;

    public EmulatedGroup(AutoScalingGroupName name, AutoScalingSimulator simulator, GroupSettings settings, Func<string> newId)
    {
        Name = name;
        Simulator = simulator;
        Settings = settings;
        _newId = newId;
    }

    public AutoScalingGroupName Name { get; }

    public AutoScalingSimulator Simulator { get; }

    public GroupSettings Settings { get; }

    /// <summary>The instances DescribeAutoScalingGroups lists, in launch order: neither terminated nor in the warm pool.</summary>
    public IEnumerable<EmulatedInstance> Instances => _inLaunchOrder.Where(i => !i.Gone && !i.InWarmPool);

    public IEnumerable<EmulatedInstance> WarmPoolInstances => _inLaunchOrder.Where(i => !i.Gone && i.InWarmPool);

    public IEnumerable<EmulatedInstance> AllLive => _inLaunchOrder.Where(i => !i.Gone);

    /// <summary>Newest first, as DescribeScalingActivities lists them.</summary>
    public IEnumerable<ScalingActivity> Activities => Enumerable.Reverse(_activities);

    public string TryGetZone(string instanceId) => _instances.TryGetValue(instanceId, out var i) ? i.AvailabilityZone : string.Empty;

    public bool TryGetInstance(string instanceId, out EmulatedInstance instance) => _instances.TryGetValue(instanceId, out instance!);

    /// <summary>
    /// Reads what the simulator did since the last call: new instances get a zone, state changes move activities on,
    /// each event is handed to <paramref name="record"/> and each notification to <paramref name="deliver"/>; then the
    /// simulator forgets them.
    /// </summary>
    public void Follow(DateTimeOffset start, Action<LifecycleNotification> deliver, Action<SimulationEvent> record, string cause)
    {
        var timeline = Simulator.Timeline;
        for (var i = 0; i < timeline.Count; i++)
        {
            var happened = timeline[i];
            record(happened);
            switch (happened)
            {
                case InstanceStateChanged changed:
                    OnStateChanged(changed, start, cause);
                    break;
                case NotificationSent sent:
                    deliver(sent.Notification);
                    break;
            }
        }

        // Read once: the simulator keeps no copy, so a long run holds only what the world's timeline keeps.
        Simulator.ClearTimeline();
    }

    private void OnStateChanged(InstanceStateChanged changed, DateTimeOffset start, string cause)
    {
        var id = changed.InstanceId.Value;
        var at = start + changed.Time;
        if (!_instances.TryGetValue(id, out var instance))
        {
            instance = new EmulatedInstance(id, NextZone(), (long)changed.Time.TotalSeconds);
            _instances[id] = instance;
            _inLaunchOrder.Add(instance);
        }

        var previous = instance.State;
        instance.State = changed.State;
        switch (changed.State)
        {
            case InstanceLifecycleState.Pending or InstanceLifecycleState.WarmedPending:
                Begin(instance, launch: true, cause, at);
                break;
            case InstanceLifecycleState.Terminating or InstanceLifecycleState.WarmedTerminating:
                if (instance.Activity is { Launch: true, EndTime: null } launching)
                {
                    // A launch abandoned by its hook: the launch failed, and the instance terminates.
                    launching.StatusCode = "Failed";
                    launching.StatusMessage = "Instance failed to complete a lifecycle action: it was completed or timed out with ABANDON.";
                    launching.EndTime = at;
                }

                Begin(instance, launch: false, cause, at);
                break;
            case InstanceLifecycleState.PendingWait or InstanceLifecycleState.TerminatingWait
                or InstanceLifecycleState.WarmedPendingWait or InstanceLifecycleState.WarmedTerminatingWait:
                if (instance.Activity is { EndTime: null } waiting)
                {
                    waiting.StatusCode = "MidLifecycleAction";
                }

                break;
            default:
                if (instance.Activity is { EndTime: null } activity && Ends(changed.State))
                {
                    activity.StatusCode = "Successful";
                    activity.EndTime = at;
                }
                else if (instance.Activity is { EndTime: null } moving && previous != changed.State)
                {
                    moving.StatusCode = "InProgress";
                }

                break;
        }
    }

    private static bool Ends(InstanceLifecycleState state) => state is InstanceLifecycleState.InService or InstanceLifecycleState.Terminated
        or InstanceLifecycleState.WarmedTerminated or InstanceLifecycleState.WarmedStopped or InstanceLifecycleState.WarmedRunning
        or InstanceLifecycleState.WarmedHibernated or InstanceLifecycleState.TerminatingRetained or InstanceLifecycleState.WarmedPendingRetained
        or InstanceLifecycleState.WarmedTerminatingRetained;

    private void Begin(EmulatedInstance instance, bool launch, string cause, DateTimeOffset at)
    {
        var activity = new ScalingActivity(_newId(), instance.InstanceId, launch, cause, at);
        instance.Activity = activity;
        _activities.Add(activity);
    }

    // New instances go to the zone with the fewest live instances, the first such in the group's list (balance
    // across zones, as Auto Scaling keeps it).
    private string NextZone()
    {
        var zones = Settings.AvailabilityZones;
        if (zones.Count == 0)
        {
            return string.Empty;
        }

        var counts = zones.ToDictionary(z => z, _ => 0, StringComparer.Ordinal);
        foreach (var i in AllLive)
        {
            if (counts.TryGetValue(i.AvailabilityZone, out var n))
            {
                counts[i.AvailabilityZone] = n + 1;
            }
        }

        return zones.MinBy(z => counts[z])!;
    }

    /// <summary>
    /// Keeps the capacity at DesiredCapacity: launches what is missing, and scales in what is over, choosing by
    /// <see cref="PickForScaleIn"/>. Instances that are terminating or in the warm pool do not count.
    /// </summary>
    public void Reconcile()
    {
        var counted = _inLaunchOrder.Count(i => i.CountsTowardCapacity);
        if (counted < Settings.DesiredCapacity)
        {
            Simulator.Launch(Settings.DesiredCapacity - counted);
        }
        else
        {
            for (var over = counted - Settings.DesiredCapacity; over > 0 && PickForScaleIn() is { } victim; over--)
            {
                Simulator.Terminate(InstanceId.Parse(victim.InstanceId));
                victim.State = InstanceLifecycleState.Terminating; // until Follow reads the timeline
            }
        }

        FillWarmPool();
    }

    /// <summary>
    /// Auto Scaling's default termination policy as far as it applies without EC2: from the zone with the most
    /// instances in service, the instance closest to its next full hour of running time; on a tie, the one launched
    /// first. Launch templates and allocation strategies, the policy's other criteria, are all alike here.
    /// </summary>
    public EmulatedInstance? PickForScaleIn()
    {
        var inService = _inLaunchOrder.Where(i => i.State == InstanceLifecycleState.InService).ToList();
        if (inService.Count == 0)
        {
            return null;
        }

        var now = (long)Simulator.Now.TotalSeconds;
        var zone = inService.GroupBy(i => i.AvailabilityZone).OrderByDescending(g => g.Count())
            .ThenBy(g => Settings.AvailabilityZones.IndexOf(g.Key)).First();
        return zone.OrderByDescending(i => (now - i.LaunchedAt) % 3600).First(); // a stable sort: ties keep launch order
    }

    /// <summary>
    /// The warm pool's size: MaxGroupPreparedCapacity (MaxSize when not given) less DesiredCapacity, and at least
    /// the pool's MinSize. Missing instances launch into the pool.
    /// </summary>
    public void FillWarmPool()
    {
        if (Simulator.WarmPool is null || Settings.WarmPoolDeleted)
        {
            return;
        }

        var prepared = Settings.WarmPoolMaxGroupPreparedCapacity is { } p and >= 0 ? p : Settings.MaxSize;
        var wanted = Math.Max(Settings.WarmPoolMinSize ?? 0, prepared - Settings.DesiredCapacity);
        var have = _inLaunchOrder.Count(i => i.InWarmPool && !i.Gone);
        if (wanted > have)
        {
            Simulator.LaunchIntoWarmPool(wanted - have);
        }
    }

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
