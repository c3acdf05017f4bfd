namespace Lifecycle.Emulator.Sns;

/// <summary>A subscription of a queue to a topic; with RawMessageDelivery the queue gets the message alone, not SNS's envelope.</summary>
internal sealed record SnsSubscription(string SubscriptionArn, string TopicArn, string Protocol, string Endpoint, bool RawMessageDelivery);

/// <summary>A standard SNS topic and its subscriptions, in subscription order.</summary>
internal sealed class SnsTopic(string name, string arn)
{
    public string Name { get; } = name;

    public string TopicArn { get; } = arn;

    public List<SnsSubscription> Subscriptions { get; } = [];
}
