namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>
/// The active lifecycle actions of a simulation and their deadlines. Actions are structs in one array, addressed by
/// int handles, with ended slots reused: a large run allocates no object per action, so the garbage collector has
/// no action objects to trace or promote. Each instance's actions are chained through the slots in the order they
/// started. A slot's version changes whenever it ends, so a deadline entry left behind by a heartbeat or by an
/// ended action is recognised and skipped.
/// </summary>
internal sealed class LifecycleActionTable(TokenCipher tokens)
{
    private readonly DeadlineQueue<(int Handle, int Version)> _deadlines = new();
    private readonly Stack<int> _free = new();
    private Slot[] _slots = new Slot[64];
    private int _used;

    public UInt128 Token(int handle) => _slots[handle].Token;

    public SimulatedInstance Instance(int handle) => _slots[handle].Instance!;

    public LifecycleHook Hook(int handle) => _slots[handle].Hook!;

    public long HeartbeatDeadline(int handle) => _slots[handle].HeartbeatDeadline;

    public long GlobalDeadline(int handle) => _slots[handle].GlobalDeadline;

    /// <summary>Starts an action, with the token of its slot and version, and adds it to the end of its instance's chain and to the deadline queue.</summary>
    public int Start(SimulatedInstance instance, LifecycleHook hook, long now, InstanceLocation? origin, InstanceLocation? destination)
    {
        int handle;
        if (_free.Count > 0)
        {
            handle = _free.Pop();
        }
        else
        {
            if (_used == _slots.Length)
            {
                Array.Resize(ref _slots, _slots.Length * 2);
            }

            handle = _used++;
        }

        ref var slot = ref _slots[handle];
        slot.Token = tokens.Encode(handle, slot.Version);
        slot.Instance = instance;
        slot.Hook = hook;
        slot.Started = now;
        slot.HeartbeatDeadline = now + hook.HeartbeatTimeout.Seconds;
        slot.GlobalDeadline = now + hook.HeartbeatTimeout.GlobalTimeoutSeconds;
        slot.Next = -1;
        slot.Origin = origin;
        slot.Destination = destination;
        Append(instance, handle);
        Enqueue(handle);
        return handle;
    }

    /// <summary>A heartbeat: the heartbeat deadline becomes now + HeartbeatTimeout (§2.3).</summary>
    public void Heartbeat(int handle, long now)
    {
        _slots[handle].HeartbeatDeadline = now + _slots[handle].Hook!.HeartbeatTimeout.Seconds;
        Enqueue(handle);
    }

    /// <summary>Ends an action: it leaves its instance's chain and the token index, and its slot is free again.</summary>
    public void End(int handle)
    {
        ref var slot = ref _slots[handle];
        var instance = slot.Instance!;
        if (instance.FirstAction == handle)
        {
            instance.FirstAction = slot.Next;
        }
        else
        {
            for (var before = instance.FirstAction; before >= 0; before = _slots[before].Next)
            {
                if (_slots[before].Next == handle)
                {
                    _slots[before].Next = slot.Next;
                    break;
                }
            }
        }

        var version = unchecked(slot.Version + 1);
        slot = default;
        slot.Version = version;
        _free.Push(handle);
    }

    /// <summary>The active action with this token, or -1.</summary>
    public int ByToken(UInt128 token)
    {
        if (!tokens.TryDecode(token, out var handle, out var version) || handle >= _used)
        {
            return -1;
        }

        ref var slot = ref _slots[handle];
        return slot.Instance is not null && slot.Version == version && slot.Token == token ? handle : -1;
    }

    /// <summary>The instance's active action for the hook, or -1.</summary>
    public int OfInstance(SimulatedInstance instance, string hookName)
    {
        for (var handle = instance.FirstAction; handle >= 0; handle = _slots[handle].Next)
        {
            if (_slots[handle].Hook!.LifecycleHookName.Value == hookName)
            {
                return handle;
            }
        }

        return -1;
    }

    /// <summary>The instance's active actions, in the order they started (a copy: ending them while going through is safe).</summary>
    public List<int> OfInstance(SimulatedInstance instance)
    {
        var handles = new List<int>();
        for (var handle = instance.FirstAction; handle >= 0; handle = _slots[handle].Next)
        {
            handles.Add(handle);
        }

        return handles;
    }

    /// <summary>The earliest deadline still pending, skipping the entries a heartbeat moved or whose action ended.</summary>
    public bool TryPeekDeadline(out int handle, out long deadline)
    {
        while (_deadlines.TryPeek(out var entry, out deadline))
        {
            ref var slot = ref _slots[entry.Handle];
            if (slot.Version == entry.Version && slot.Instance is not null && deadline == Math.Min(slot.HeartbeatDeadline, slot.GlobalDeadline))
            {
                handle = entry.Handle;
                return true;
            }

            _deadlines.Dequeue();
        }

        handle = -1;
        return false;
    }

    /// <summary>Takes the entry <see cref="TryPeekDeadline"/> gave.</summary>
    public void DequeueDeadline() => _deadlines.Dequeue();

    public LifecycleActionSnapshot Snapshot(int handle)
    {
        ref var slot = ref _slots[handle];
        var hook = slot.Hook!;
        return new LifecycleActionSnapshot(slot.Token, LifecycleActionToken.FromValidated(TokenGenerator.Format(slot.Token)), slot.Instance!.Id, hook.LifecycleHookName,
            hook.LifecycleTransition, TimeSpan.FromSeconds(slot.Started), TimeSpan.FromSeconds(slot.HeartbeatDeadline), TimeSpan.FromSeconds(slot.GlobalDeadline), slot.Origin, slot.Destination);
    }

    private void Append(SimulatedInstance instance, int handle)
    {
        if (instance.FirstAction < 0)
        {
            instance.FirstAction = handle;
            return;
        }

        var last = instance.FirstAction;
        while (_slots[last].Next >= 0)
        {
            last = _slots[last].Next;
        }

        _slots[last].Next = handle;
    }

    private void Enqueue(int handle)
    {
        ref var slot = ref _slots[handle];
        _deadlines.Enqueue((handle, slot.Version), Math.Min(slot.HeartbeatDeadline, slot.GlobalDeadline));
    }

    private struct Slot
    {
        public UInt128 Token;
        public SimulatedInstance? Instance;
        public LifecycleHook? Hook;
        public long Started;
        public long HeartbeatDeadline;
        public long GlobalDeadline;
        public int Next;
        public int Version;
        public InstanceLocation? Origin;
        public InstanceLocation? Destination;
    }
}
