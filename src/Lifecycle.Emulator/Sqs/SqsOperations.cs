using Lifecycle.Emulator.World;

namespace Lifecycle.Emulator.Sqs;

/// <summary>A message as ReceiveMessage returns it, with the system and message attributes that were asked for.</summary>
internal sealed record ReceivedMessage(SqsMessage Message, string ReceiptHandle, Dictionary<string, string> SystemAttributes, List<SqsMessageAttribute> MessageAttributes);

/// <summary>
/// The SQS operations both protocols share, each under the world's lock after the clock has caught up; a long
/// poll waits outside the lock, on the queue's signal or at most WaitTimeSeconds of wall time.
/// </summary>
internal sealed class SqsOperations(EmulatorWorld world)
{
    public const int MaxWaitTimeSeconds = 20;

    private T Locked<T>(Func<SqsBroker, T> work)
    {
        lock (world.Gate)
        {
            world.CatchUp();
            return work(world.Queues);
        }
    }

    public string CreateQueue(string name, Dictionary<string, string> attributes) => Locked(q => q.CreateQueue(name, attributes).Url);

    public string GetQueueUrl(string name) => Locked(q => q.GetByName(name).Url);

    public Dictionary<string, string> GetQueueAttributes(string url, IReadOnlyCollection<string> names) => Locked(q => q.Attributes(q.Get(url), names));

    public List<string> ListQueues(string? prefix, int? maxResults) => Locked(q =>
    {
        var max = SqsBroker.Range(maxResults, "MaxResults", 1, 1000, 1000);
        return q.List(prefix).Take(max).Select(x => x.Url).ToList();
    });

    public SqsMessage SendMessage(string url, string body, int? delaySeconds, IReadOnlyList<SqsMessageAttribute> attributes) => Locked(q =>
    {
        var queue = q.Get(url);
        SqsBroker.CheckBody(body, attributes, queue);
        var delay = SqsBroker.Range(delaySeconds, "DelaySeconds", 0, 900, queue.DelaySeconds);
        return queue.Send(body, world.Now, delay, attributes);
    });

    public async Task<List<ReceivedMessage>> ReceiveMessageAsync(
        string url, int? maxNumberOfMessages, int? visibilityTimeout, int? waitTimeSeconds,
        IReadOnlyCollection<string> systemAttributeNames, IReadOnlyCollection<string> messageAttributeNames, CancellationToken cancellationToken)
    {
        var (max, wait, queue) = Locked(q =>
        {
            var queue = q.Get(url);
            return (SqsBroker.Range(maxNumberOfMessages, "MaxNumberOfMessages", 1, 10, 1),
                SqsBroker.Range(waitTimeSeconds, "WaitTimeSeconds", 0, MaxWaitTimeSeconds, queue.ReceiveWaitTimeSeconds), queue);
        });
        var visibility = SqsBroker.Range(visibilityTimeout, "VisibilityTimeout", 0, SqsQueue.MaxVisibilityTimeout, -1);
        var wall = world.Clock.Wall;
        var started = wall.GetTimestamp();
        while (true)
        {
            Task changed;
            lock (world.Gate)
            {
                world.CatchUp();
                var current = world.Queues.Get(url);
                var nonce = new byte[8];
                world.NextBytes(nonce);
                var got = current.Receive(max, visibility < 0 ? current.VisibilityTimeout : visibility, world.Now, nonce);
                if (got.Count > 0 || wall.GetElapsedTime(started) >= TimeSpan.FromSeconds(wait))
                {
                    return [.. got.Select(m => Describe(m, systemAttributeNames, messageAttributeNames))];
                }

                changed = current.Changed;
            }

            var left = TimeSpan.FromSeconds(wait) - wall.GetElapsedTime(started);
            if (left > TimeSpan.Zero)
            {
                // The clock's own ticks (Real mode) and new messages wake the poll; so does the wait running out.
                await Task.WhenAny(changed, Task.Delay(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1), wall, cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private ReceivedMessage Describe(SqsMessage m, IReadOnlyCollection<string> systemNames, IReadOnlyCollection<string> attributeNames)
    {
        var start = world.Environment.Start.ToUnixTimeMilliseconds();
        var all = systemNames.Contains("All");
        var system = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, Func<string> value)
        {
            if (all || systemNames.Contains(name))
            {
                system[name] = value();
            }
        }

        Add("SenderId", () => world.Environment.AccountId);
        Add("SentTimestamp", () => Millis(start, m.SentAt));
        Add("ApproximateReceiveCount", () => m.ReceiveCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("ApproximateFirstReceiveTimestamp", () => Millis(start, m.FirstReceivedAt ?? m.SentAt));
        var wantAll = attributeNames.Contains("All") || attributeNames.Contains(".*");
        var attributes = m.Attributes.Where(a => wantAll || attributeNames.Contains(a.Name)
            || attributeNames.Any(n => n.EndsWith(".*", StringComparison.Ordinal) && a.Name.StartsWith(n[..^1], StringComparison.Ordinal))).ToList();
        return new ReceivedMessage(m, m.ReceiptHandle!, system, attributes);
    }

    private static string Millis(long startMillis, long second) => (startMillis + (second * 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void DeleteMessage(string url, string receiptHandle) => Locked(q =>
    {
        q.Get(url).Delete(receiptHandle);
        return 0;
    });

    /// <summary>DeleteMessageBatch: up to 10 entries with distinct ids; each succeeds or fails on its own.</summary>
    public (List<string> Successful, List<(string Id, Wire.ServiceError Error)> Failed) DeleteMessageBatch(string url, IReadOnlyList<(string Id, string ReceiptHandle)> entries) => Locked(q =>
    {
        var queue = q.Get(url);
        if (entries.Count == 0)
        {
            throw new Wire.ServiceError("EmptyBatchRequest", "There should be at least one DeleteMessageBatchRequestEntry in the request.", queryCode: "AWS.SimpleQueueService.EmptyBatchRequest");
        }

        if (entries.Count > 10)
        {
            throw new Wire.ServiceError("TooManyEntriesInBatchRequest", $"Maximum number of entries per request are 10. You have sent {entries.Count}.", queryCode: "AWS.SimpleQueueService.TooManyEntriesInBatchRequest");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, _) in entries)
        {
            if (id.Length is 0 or > 80 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new Wire.ServiceError("InvalidBatchEntryId", "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.", queryCode: "AWS.SimpleQueueService.InvalidBatchEntryId");
            }

            if (!ids.Add(id))
            {
                throw new Wire.ServiceError("BatchEntryIdsNotDistinct", $"Id {id} repeated.", queryCode: "AWS.SimpleQueueService.BatchEntryIdsNotDistinct");
            }
        }

        var successful = new List<string>();
        var failed = new List<(string, Wire.ServiceError)>();
        foreach (var (id, handle) in entries)
        {
            try
            {
                queue.Delete(handle);
                successful.Add(id);
            }
            catch (Wire.ServiceError e)
            {
                failed.Add((id, e));
            }
        }

        return (successful, failed);
    });

    public void ChangeMessageVisibility(string url, string receiptHandle, int visibilityTimeout) => Locked(q =>
    {
        var timeout = SqsBroker.Range(visibilityTimeout, "VisibilityTimeout", 0, SqsQueue.MaxVisibilityTimeout, 0);
        q.Get(url).ChangeVisibility(receiptHandle, timeout, world.Now);
        return 0;
    });

    public void PurgeQueue(string url) => Locked(q =>
    {
        q.Get(url).Purge();
        return 0;
    });

    public void DeleteQueue(string url) => Locked(q =>
    {
        q.DeleteQueue(q.Get(url));
        return 0;
    });
}
