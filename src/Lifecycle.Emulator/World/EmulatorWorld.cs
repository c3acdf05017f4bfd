using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Emulator.AutoScaling;
using Lifecycle.Emulator.Events;
using Lifecycle.Emulator.Sns;
using Lifecycle.Emulator.Sqs;

namespace Lifecycle.Emulator.World;

/// <summary>
/// Everything the emulator holds: the groups (one simulator each, on one virtual clock), the queues, topics and
/// rules. One writer at a time: every request runs under <see cref="Gate"/>, so no lifecycle action is lost or
/// completed twice however many clients call at once.
/// </summary>
internal sealed class EmulatorWorld
{
    // Each group numbers its instances from its own billion, so ids stay unique across groups; the first group's
    // ids are those `lifecycle simulate` gives (i-00000000000000001 ...).
    private const long InstancesPerGroup = 1_000_000_000;

    private readonly EmulatorOptions _options;
    private readonly Dictionary<string, EmulatedGroup> _groups = new(StringComparer.Ordinal);
    private readonly List<string> _groupOrder = [];
    private readonly Queue<GroupTimelineEntry> _timeline = new();
    private Random _random;
    private long _groupsCreated;

    public EmulatorWorld(EmulatorOptions options, VirtualClock clock, Uri endpoint)
    {
        _options = options;
        Clock = clock;
        Environment = new SimulationEnvironment { AccountId = options.AccountId, Region = options.Region };
        _random = new Random(unchecked((int)options.Seed ^ (int)(options.Seed >> 32)));
        Queues = new SqsBroker(this, endpoint);
        Topics = new SnsBroker(this);
        Rules = new EventRules(this);
    }

    /// <summary>The lock every request holds while it reads or changes the world.</summary>
    public object Gate { get; } = new();

    public VirtualClock Clock { get; }

    public SimulationEnvironment Environment { get; }

    /// <summary>The virtual second the world has reached.</summary>
    public long Now { get; private set; }

    public DateTimeOffset WallNow => Environment.Start + TimeSpan.FromSeconds(Now);

    public SqsBroker Queues { get; private set; }

    public SnsBroker Topics { get; private set; }

    public EventRules Rules { get; private set; }

    public IEnumerable<EmulatedGroup> Groups => _groupOrder.Select(n => _groups[n]);

    /// <summary>
    /// Every group's timeline so far, in time order, each event with its group: the newest
    /// <see cref="EmulatorOptions.MaxTimelineEvents"/>, once more have happened.
    /// </summary>
    public IReadOnlyCollection<GroupTimelineEntry> Timeline => _timeline;

    /// <summary>How many of the oldest events <see cref="Timeline"/> has dropped to stay within its bound.</summary>
    public long TimelineDropped { get; private set; }

    /// <summary>An id in the UUID form AWS uses, from the seeded generator (so a run is repeatable).</summary>
    public string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }

    public void NextBytes(Span<byte> bytes) => _random.NextBytes(bytes);

    public bool TryGetGroup(string name, out EmulatedGroup group) => _groups.TryGetValue(name, out group!);

    public EmulatedGroup AddGroup(AutoScalingGroupName name, GroupSettings settings, bool retainOnTerminateAbandon = false, ulong? seed = null)
    {
        var index = _groupsCreated++;
        var simulator = new AutoScalingSimulator(name, unchecked((seed ?? _options.Seed) + (ulong)index), retainOnTerminateAbandon, Environment)
        {
            FirstInstanceNumber = checked((index * InstancesPerGroup) + 1),
        };
        simulator.AdvanceTo(TimeSpan.FromSeconds(Now));
        var group = new EmulatedGroup(name, simulator, settings, NewId);
        _groups[name.Value] = group;
        _groupOrder.Add(name.Value);
        return group;
    }

    public void RemoveGroup(EmulatedGroup group)
    {
        _groups.Remove(group.Name.Value);
        _groupOrder.Remove(group.Name.Value);
    }

    /// <summary>
    /// After every operation: reads each group's new events (the timeline, activities) and delivers its
    /// notifications to queues, topics and rules.
    /// </summary>
    public void Settle(string cause)
    {
        foreach (var group in Groups)
        {
            group.Follow(Environment.Start, n => Deliver(group, n), e => Record(group, e), cause);
        }
    }

    private void Record(EmulatedGroup group, SimulationEvent happened)
    {
        if (_timeline.Count == _options.MaxTimelineEvents)
        {
            _timeline.Dequeue();
            TimelineDropped++;
        }

        _timeline.Enqueue(new GroupTimelineEntry(group.Name.Value, happened));
    }

    /// <summary>The cause of what the clock did, as activities give it: "At 2026-01-01T00:05:00Z ...".</summary>
    public string At(string what) => $"At {EmulatedGroup.Timestamp(WallNow)} {what}";

    private void Deliver(EmulatedGroup group, LifecycleNotification notification)
    {
        if (notification.Channel == NotificationChannel.EventBridge)
        {
            Rules.Publish(notification.Body);
        }
        else if (notification.Destination.StartsWith("arn:aws:sqs:", StringComparison.Ordinal))
        {
            Queues.TryGetByArn(notification.Destination)?.Send(notification.Body, Now);
        }
        else if (notification.Destination.StartsWith("arn:aws:sns:", StringComparison.Ordinal))
        {
            if (Topics.TryGet(notification.Destination) is { } topic)
            {
                Topics.Publish(topic, notification.Body, SnsSubjects.For(notification, group.Name.Value), Now);
            }
        }
    }

    /// <summary>
    /// Brings the world to the clock's target, firing every group's deadlines in the order of time (the earliest
    /// due of all groups first, so notifications from different groups keep their order).
    /// </summary>
    public void CatchUp()
    {
        var target = Clock.Target;
        while (Now < target)
        {
            var next = target;
            foreach (var group in Groups)
            {
                if (group.Simulator.NextDue is { } due && (long)due.TotalSeconds < next)
                {
                    next = Math.Max(Now, (long)due.TotalSeconds);
                }
            }

            foreach (var group in Groups)
            {
                group.Simulator.AdvanceTo(TimeSpan.FromSeconds(next));
            }

            Now = next;
            Settle(At("a lifecycle action reached its timeout, and its DefaultResult applied."));
            if (next == target)
            {
                break;
            }
        }

        Queues.WakeAll();
    }

    /// <summary>Forgets everything: no groups, queues, topics or rules, and virtual time 0.</summary>
    public void Reset()
    {
        _groups.Clear();
        _groupOrder.Clear();
        _timeline.Clear();
        TimelineDropped = 0;
        Clock.Reset();
        Now = 0;
        _groupsCreated = 0;
        _random = new Random(unchecked((int)_options.Seed ^ (int)(_options.Seed >> 32)));
        Queues.WakeAll();
        Queues = new SqsBroker(this, Queues.Endpoint);
        Topics = new SnsBroker(this);
        Rules = new EventRules(this);
    }
}

/// <summary>An event of the timeline, with the group it happened in.</summary>
internal readonly record struct GroupTimelineEntry(string AutoScalingGroupName, SimulationEvent Event);
