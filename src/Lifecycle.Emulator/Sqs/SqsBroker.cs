using System.Globalization;
using Lifecycle.Emulator.Wire;
using Lifecycle.Emulator.World;

namespace Lifecycle.Emulator.Sqs;

/// <summary>
/// The account's SQS queues and the operations on them, apart from any protocol: the JSON and query front ends
/// read requests into these calls and write their answers. Used under the world's lock.
/// </summary>
internal sealed class SqsBroker(EmulatorWorld world, Uri endpoint)
{
    // The attributes CreateQueue and GetQueueAttributes know, with the range of the numeric ones (SQS API reference).
    private static readonly Dictionary<string, (int Min, int Max)?> Settable = new(StringComparer.Ordinal)
    {
        ["DelaySeconds"] = (0, 900),
        ["MaximumMessageSize"] = (1024, SqsQueue.MaxMessageSize),
        ["MessageRetentionPeriod"] = (60, 1_209_600),
        ["ReceiveMessageWaitTimeSeconds"] = (0, 20),
        ["VisibilityTimeout"] = (0, SqsQueue.MaxVisibilityTimeout),
        ["Policy"] = null,
        ["RedrivePolicy"] = null,
        ["RedriveAllowPolicy"] = null,
        ["KmsMasterKeyId"] = null,
        ["KmsDataKeyReusePeriodSeconds"] = (60, 86_400),
        ["SqsManagedSseEnabled"] = null,
    };

    private static readonly string[] ReadOnlyAttributes =
    [
        "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed",
        "CreatedTimestamp", "LastModifiedTimestamp", "QueueArn",
    ];

    private readonly Dictionary<string, SqsQueue> _queues = new(StringComparer.Ordinal);

    public Uri Endpoint { get; } = endpoint;

    public IEnumerable<SqsQueue> All => _queues.Values;

    public string Arn(string name) => $"arn:aws:sqs:{world.Environment.Region}:{world.Environment.AccountId}:{name}";

    public SqsQueue CreateQueue(string name, Dictionary<string, string> attributes)
    {
        if (name.Length is 0 or > 80 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw name.EndsWith(".fifo", StringComparison.Ordinal) || attributes.ContainsKey("FifoQueue")
                ? ServiceError.InvalidParameterValue("FIFO queues are not modelled by the emulator (lifecycle hooks cannot notify them either). Create a standard queue.")
                : ServiceError.InvalidParameterValue("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
        }

        foreach (var (key, value) in attributes)
        {
            CheckAttribute(key, value);
        }

        if (_queues.TryGetValue(name, out var existing))
        {
            foreach (var (key, value) in attributes)
            {
                if (!existing.Attributes.TryGetValue(key, out var had) ? value != Default(key) : had != value)
                {
                    throw new ServiceError("QueueNameExists", $"A queue already exists with the same name and a different value for attribute {key}", queryCode: "QueueAlreadyExists");
                }
            }

            return existing;
        }

        var url = new Uri(Endpoint, $"{world.Environment.AccountId}/{name}").ToString();
        var queue = new SqsQueue(name, url, Arn(name), world.Now, new Dictionary<string, string>(attributes, StringComparer.Ordinal), world.NewId);
        _queues[name] = queue;
        return queue;
    }

    private static string? Default(string key) => key switch
    {
        "DelaySeconds" or "ReceiveMessageWaitTimeSeconds" => "0",
        "VisibilityTimeout" => "30",
        "MaximumMessageSize" => "262144",
        "MessageRetentionPeriod" => "345600",
        _ => null,
    };

    private static void CheckAttribute(string key, string value)
    {
        if (!Settable.TryGetValue(key, out var range))
        {
            throw new ServiceError("InvalidAttributeName", $"Unknown Attribute {key}.", queryCode: "InvalidAttributeName");
        }

        if (range is { } r && (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < r.Min || n > r.Max))
        {
            throw new ServiceError("InvalidAttributeValue", $"Invalid value for the parameter {key}. It must be a whole number from {r.Min} to {r.Max}.", queryCode: "InvalidAttributeValue");
        }
    }

    /// <summary>The queue a QueueUrl names: its last path segment is the name, the one before it the account.</summary>
    public SqsQueue Get(string queueUrl)
    {
        var trimmed = queueUrl.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        var name = slash < 0 ? trimmed : trimmed[(slash + 1)..];
        return _queues.TryGetValue(name, out var queue) ? queue : throw NonExistent();
    }

    public SqsQueue GetByName(string name) => _queues.TryGetValue(name, out var queue) ? queue : throw NonExistent();

    public SqsQueue? TryGetByArn(string arn) =>
        _queues.TryGetValue(arn[(arn.LastIndexOf(':') + 1)..], out var queue) && queue.Arn == arn ? queue : null;

    public void DeleteQueue(SqsQueue queue)
    {
        _queues.Remove(queue.Name);
        queue.Wake();
    }

    public IEnumerable<SqsQueue> List(string? prefix) =>
        _queues.Values.Where(q => prefix is null || q.Name.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(q => q.Name, StringComparer.Ordinal);

    public Dictionary<string, string> Attributes(SqsQueue queue, IReadOnlyCollection<string> names)
    {
        var all = names.Count == 0 || names.Contains("All");
        foreach (var n in names)
        {
            if (n != "All" && !Settable.ContainsKey(n) && !ReadOnlyAttributes.Contains(n))
            {
                throw new ServiceError("InvalidAttributeName", $"Unknown Attribute {n}.", queryCode: "InvalidAttributeName");
            }
        }

        var now = world.Now;
        var start = world.Environment.Start.ToUnixTimeSeconds();
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["QueueArn"] = queue.Arn,
            ["ApproximateNumberOfMessages"] = Text(queue.Visible(now)),
            ["ApproximateNumberOfMessagesNotVisible"] = Text(queue.InFlight(now)),
            ["ApproximateNumberOfMessagesDelayed"] = Text(queue.Delayed(now)),
            ["CreatedTimestamp"] = Text(start + queue.CreatedAt),
            ["LastModifiedTimestamp"] = Text(start + queue.CreatedAt),
            ["VisibilityTimeout"] = Text(queue.VisibilityTimeout),
            ["MaximumMessageSize"] = queue.Attributes.GetValueOrDefault("MaximumMessageSize", "262144"),
            ["MessageRetentionPeriod"] = Text(queue.RetentionPeriod),
            ["DelaySeconds"] = Text(queue.DelaySeconds),
            ["ReceiveMessageWaitTimeSeconds"] = Text(queue.ReceiveWaitTimeSeconds),
        };
        foreach (var (k, v) in queue.Attributes)
        {
            values[k] = v;
        }

        return all ? values : values.Where(kv => names.Contains(kv.Key)).ToDictionary(StringComparer.Ordinal);
    }

    public static void CheckBody(string body, IReadOnlyList<SqsMessageAttribute> attributes, SqsQueue queue)
    {
        if (body.Length == 0)
        {
            throw ServiceError.MissingParameter("MessageBody");
        }

        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD')
                || (char.IsHighSurrogate(c) && i + 1 < body.Length && char.IsLowSurrogate(body[++i]));
            if (!ok)
            {
                throw new ServiceError("InvalidMessageContents", "Invalid characters found. SQS message bodies may hold only #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF.", queryCode: "InvalidMessageContents");
            }
        }

        var size = System.Text.Encoding.UTF8.GetByteCount(body) + attributes.Sum(a =>
            System.Text.Encoding.UTF8.GetByteCount(a.Name) + System.Text.Encoding.UTF8.GetByteCount(a.DataType)
            + (a.BinaryValue?.Length ?? System.Text.Encoding.UTF8.GetByteCount(a.StringValue ?? string.Empty)));
        var max = int.Parse(queue.Attributes.GetValueOrDefault("MaximumMessageSize", "262144"), CultureInfo.InvariantCulture);
        if (size > max)
        {
            throw ServiceError.InvalidParameterValue($"One or more parameters are invalid. Reason: Message must be shorter than {max} bytes.");
        }
    }

    public static int Range(int? value, string name, int min, int max, int fallback) => value switch
    {
        null => fallback,
        { } v when v >= min && v <= max => v,
        { } v => throw ServiceError.InvalidParameterValue($"Value {v} for parameter {name} is invalid. Reason: Must be between {min} and {max}, if provided."),
    };

    public void WakeAll()
    {
        foreach (var q in _queues.Values)
        {
            q.Wake();
        }
    }

    private static ServiceError NonExistent() =>
        new("QueueDoesNotExist", "The specified queue does not exist.", queryCode: "AWS.SimpleQueueService.NonExistentQueue");

    private static string Text(long n) => n.ToString(CultureInfo.InvariantCulture);
}
