using System.Globalization;
using System.Text.Json;
using Lifecycle.Emulator.Wire;
using Lifecycle.Emulator.World;

namespace Lifecycle.Emulator.Sns;

/// <summary>
/// The account's SNS topics, with subscriptions of SQS queues. Publishing wraps the message in SNS's JSON envelope
/// (Type, MessageId, TopicArn, Subject, Message, Timestamp, SignatureVersion, Signature, SigningCertURL,
/// UnsubscribeURL) for each subscribed queue, or sends it alone with RawMessageDelivery. Used under the world's lock.
/// </summary>
internal sealed class SnsBroker(EmulatorWorld world)
{
    private readonly Dictionary<string, SnsTopic> _topics = new(StringComparer.Ordinal);

    public IEnumerable<SnsTopic> All => _topics.Values.OrderBy(t => t.Name, StringComparer.Ordinal);

    public SnsTopic CreateTopic(string name)
    {
        if (name.Length is 0 or > 256 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ServiceError("InvalidParameter", "Invalid parameter: Topic Name. Topic names must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.");
        }

        if (!_topics.TryGetValue(name, out var topic))
        {
            _topics[name] = topic = new SnsTopic(name, $"arn:aws:sns:{world.Environment.Region}:{world.Environment.AccountId}:{name}");
        }

        return topic;
    }

    public SnsTopic? TryGet(string topicArn)
    {
        var name = topicArn[(topicArn.LastIndexOf(':') + 1)..];
        return _topics.TryGetValue(name, out var topic) && topic.TopicArn == topicArn ? topic : null;
    }

    public SnsTopic Get(string topicArn) => TryGet(topicArn) ?? throw NotFound("Topic does not exist");

    public SnsSubscription Subscribe(string topicArn, string protocol, string endpoint, bool raw)
    {
        var topic = Get(topicArn);
        if (protocol != "sqs")
        {
            throw new ServiceError("InvalidParameter", $"Invalid parameter: Protocol. The emulator delivers to SQS queues only (protocol sqs), not {protocol}.");
        }

        if (world.Queues.TryGetByArn(endpoint) is null)
        {
            throw new ServiceError("InvalidParameter", $"Invalid parameter: Endpoint. {endpoint} is not the ARN of a queue of this account and region.");
        }

        var existing = topic.Subscriptions.Find(s => s.Endpoint == endpoint);
        if (existing is not null)
        {
            return existing;
        }

        var subscription = new SnsSubscription($"{topic.TopicArn}:{world.NewId()}", topic.TopicArn, protocol, endpoint, raw);
        topic.Subscriptions.Add(subscription);
        return subscription;
    }

    public void Unsubscribe(string subscriptionArn)
    {
        foreach (var topic in _topics.Values)
        {
            if (topic.Subscriptions.RemoveAll(s => s.SubscriptionArn == subscriptionArn) > 0)
            {
                return;
            }
        }

        throw NotFound("Subscription does not exist");
    }

    public void DeleteTopic(string topicArn)
    {
        if (TryGet(topicArn) is { } topic)
        {
            _topics.Remove(topic.Name);
        }
    }

    /// <summary>Publish: every subscribed queue gets the message; returns the MessageId.</summary>
    public string Publish(SnsTopic topic, string message, string? subject, long now)
    {
        var messageId = world.NewId();
        foreach (var subscription in topic.Subscriptions)
        {
            if (world.Queues.TryGetByArn(subscription.Endpoint) is not { } queue)
            {
                continue; // the queue is gone: SNS drops the delivery
            }

            var body = subscription.RawMessageDelivery ? message : Envelope(topic, subscription, messageId, message, subject);
            queue.Send(body, now, delaySeconds: 0);
        }

        return messageId;
    }

    private string Envelope(SnsTopic topic, SnsSubscription subscription, string messageId, string message, string? subject)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("Type", "Notification");
            w.WriteString("MessageId", messageId);
            w.WriteString("TopicArn", topic.TopicArn);
            if (subject is not null)
            {
                w.WriteString("Subject", subject);
            }

            w.WriteString("Message", message);
            w.WriteString("Timestamp", world.WallNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            w.WriteString("SignatureVersion", "1");
            // Not a real signature: the emulator holds no SNS signing key, so handlers must not verify it here.
            Span<byte> signature = stackalloc byte[32];
            world.NextBytes(signature);
            w.WriteString("Signature", Convert.ToBase64String(signature));
            w.WriteString("SigningCertURL", new Uri(world.Queues.Endpoint, "_lifecycle/sns-signing-cert.pem").ToString());
            w.WriteString("UnsubscribeURL", new Uri(world.Queues.Endpoint, $"?Action=Unsubscribe&SubscriptionArn={Uri.EscapeDataString(subscription.SubscriptionArn)}").ToString());
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static ServiceError NotFound(string message) => new("NotFound", message, 404);
}
