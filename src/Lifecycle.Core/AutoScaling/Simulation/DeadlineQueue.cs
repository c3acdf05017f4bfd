namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>
/// The pending deadlines of lifecycle actions, earliest first and, within a second, in the order they were added.
/// Deadlines fall on whole seconds and many share one, so they are kept in a bucket per second: adding is O(1) and
/// only finding the next second costs O(log seconds). An entry a heartbeat replaced, or whose action ended, stays
/// until it comes up and is dropped by the reader (lazy removal).
/// </summary>
/// <typeparam name="T">What waits for the deadline.</typeparam>
internal sealed class DeadlineQueue<T>
{
    private readonly SortedSet<long> _seconds = [];
    private readonly Dictionary<long, Queue<T>> _buckets = [];
    private readonly Stack<Queue<T>> _spare = new();

    public int Count { get; private set; }

    public void Enqueue(T item, long deadline)
    {
        if (!_buckets.TryGetValue(deadline, out var bucket))
        {
            bucket = _spare.Count > 0 ? _spare.Pop() : new Queue<T>();
            _buckets[deadline] = bucket;
            _seconds.Add(deadline);
        }

        bucket.Enqueue(item);
        Count++;
    }

    public bool TryPeek(out T item, out long deadline)
    {
        if (Count == 0)
        {
            item = default!;
            deadline = 0;
            return false;
        }

        deadline = _seconds.Min;
        item = _buckets[deadline].Peek();
        return true;
    }

    public T Dequeue()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("The deadline queue is empty.");
        }

        var deadline = _seconds.Min;
        var bucket = _buckets[deadline];
        var item = bucket.Dequeue();
        Count--;
        if (bucket.Count == 0)
        {
            _buckets.Remove(deadline);
            _seconds.Remove(deadline);
            _spare.Push(bucket);
        }

        return item;
    }
}
