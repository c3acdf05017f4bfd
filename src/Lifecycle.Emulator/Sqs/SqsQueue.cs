using System.Globalization;
using System.Text;
using Lifecycle.Emulator.Wire;

namespace Lifecycle.Emulator.Sqs;

/// <summary>
/// A standard SQS queue on the emulator's virtual clock: messages in sending order, each visible from a second on;
/// a receive hides what it returns for the visibility timeout and gives a new receipt handle; only the latest
/// handle deletes. Long polls wait on <see cref="Changed"/>. Used under the world's lock.
/// </summary>
internal sealed class SqsQueue
{
    public const int DefaultVisibilityTimeout = 30;
    public const int MaxVisibilityTimeout = 43_200;
    public const int DefaultRetentionPeriod = 345_600;
    public const int MaxMessageSize = 262_144;

    private readonly LinkedList<SqsMessage> _messages = new();
    private readonly Dictionary<long, LinkedListNode<SqsMessage>> _bySequence = [];
    private readonly Func<string> _newId;
    private long _sequence;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SqsQueue(string name, string url, string arn, long createdAt, Dictionary<string, string> attributes, Func<string> newId)
    {
        Name = name;
        Url = url;
        Arn = arn;
        CreatedAt = createdAt;
        Attributes = attributes;
        _newId = newId;
    }

    public string Name { get; }

    public string Url { get; }

    public string Arn { get; }

    public long CreatedAt { get; }

    /// <summary>The settable attributes as given (VisibilityTimeout, DelaySeconds, ...).</summary>
    public Dictionary<string, string> Attributes { get; }

    public int VisibilityTimeout => Number("VisibilityTimeout", DefaultVisibilityTimeout);

    public int DelaySeconds => Number("DelaySeconds", 0);

    public int RetentionPeriod => Number("MessageRetentionPeriod", DefaultRetentionPeriod);

    public int ReceiveWaitTimeSeconds => Number("ReceiveMessageWaitTimeSeconds", 0);

    private int Number(string name, int fallback) =>
        Attributes.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    /// <summary>Completes when a message arrives or may have become visible; a long poll then looks again.</summary>
    public Task Changed => _changed.Task;

    public void Wake() => Interlocked.Exchange(ref _changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public SqsMessage Send(string body, long now, int? delaySeconds = null, IReadOnlyList<SqsMessageAttribute>? attributes = null)
    {
        var message = new SqsMessage(++_sequence, _newId(), body, now, attributes ?? []);
        message.VisibleAt = now + (delaySeconds ?? DelaySeconds);
        _bySequence[message.Sequence] = _messages.AddLast(message);
        Wake();
        return message;
    }

    /// <summary>Up to <paramref name="max"/> visible messages, oldest first, hidden for <paramref name="visibilityTimeout"/> seconds.</summary>
    public List<SqsMessage> Receive(int max, int visibilityTimeout, long now, Span<byte> nonce)
    {
        DropExpired(now);
        var received = new List<SqsMessage>(Math.Min(max, _messages.Count));
        for (var node = _messages.First; node is not null && received.Count < max; node = node.Next)
        {
            var m = node.Value;
            if (m.VisibleAt > now)
            {
                continue;
            }

            m.ReceiveCount++;
            m.FirstReceivedAt ??= now;
            m.VisibleAt = now + visibilityTimeout;
            m.ReceiptHandle = ReceiptHandle(m, nonce);
            received.Add(m);
        }

        return received;
    }

    // A handle names the message and the receive it came from, so a handle of an earlier receive is known but stale.
    private string ReceiptHandle(SqsMessage m, Span<byte> nonce)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Name}#{m.Sequence}#{m.ReceiveCount}#{Convert.ToHexStringLower(nonce)}");
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }

    private bool TryReadHandle(string handle, out long sequence, out int receive)
    {
        (sequence, receive) = (0, 0);
        Span<byte> bytes = stackalloc byte[256];
        if (handle.Length > 340 || !Convert.TryFromBase64String(handle, bytes, out var written))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(bytes[..written]).Split('#');
        return parts.Length == 4 && parts[0] == Name
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out receive);
    }

    /// <summary>DeleteMessage: the latest handle deletes; an earlier one is accepted and deletes nothing (as SQS documents).</summary>
    public void Delete(string receiptHandle)
    {
        if (!TryReadHandle(receiptHandle, out var sequence, out var receive))
        {
            throw InvalidHandle(receiptHandle);
        }

        if (_bySequence.TryGetValue(sequence, out var node) && node.Value.ReceiveCount == receive)
        {
            _messages.Remove(node);
            _bySequence.Remove(sequence);
        }
    }

    /// <summary>ChangeMessageVisibility: the message must be in flight under this handle.</summary>
    public void ChangeVisibility(string receiptHandle, int visibilityTimeout, long now)
    {
        if (!TryReadHandle(receiptHandle, out var sequence, out var receive))
        {
            throw InvalidHandle(receiptHandle);
        }

        if (!_bySequence.TryGetValue(sequence, out var node) || node.Value.ReceiveCount != receive || node.Value.VisibleAt <= now)
        {
            throw new ServiceError("MessageNotInflight", "The message referred to is not in flight.", queryCode: "AWS.SimpleQueueService.MessageNotInflight");
        }

        node.Value.VisibleAt = now + visibilityTimeout;
        if (visibilityTimeout == 0)
        {
            Wake();
        }
    }

    public void Purge()
    {
        _messages.Clear();
        _bySequence.Clear();
    }

    public int Visible(long now) => _messages.Count(m => m.VisibleAt <= now);

    public int InFlight(long now) => _messages.Count(m => m.VisibleAt > now && m.ReceiveCount > 0);

    public int Delayed(long now) => _messages.Count(m => m.VisibleAt > now && m.ReceiveCount == 0);

    private void DropExpired(long now)
    {
        var retention = RetentionPeriod;
        while (_messages.First is { } first && first.Value.SentAt + retention <= now)
        {
            _bySequence.Remove(first.Value.Sequence);
            _messages.RemoveFirst();
        }
    }

    private static ServiceError InvalidHandle(string handle) =>
        new("ReceiptHandleIsInvalid", $"The input receipt handle \"{Shorten(handle)}\" is not a valid receipt handle.", queryCode: "ReceiptHandleIsInvalid");

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..120] + "...";
}
