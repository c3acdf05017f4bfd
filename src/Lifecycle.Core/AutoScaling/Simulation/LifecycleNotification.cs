using System.Text.Json.Serialization;

namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>Where a notification goes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NotificationChannel>))]
public enum NotificationChannel
{
    /// <summary>The hook's NotificationTargetARN (an SQS queue or SNS topic): the JSON message of §2.7.1.</summary>
    Target,

    /// <summary>Amazon EventBridge: the event of §2.7.3, sent for every lifecycle action.</summary>
    EventBridge,
}

/// <summary>A notification the group sends, with its body exactly as AWS writes it.</summary>
public sealed record LifecycleNotification
{
    [JsonConstructor]
    internal LifecycleNotification(TimeSpan time, NotificationChannel channel, string destination, string body, LifecycleActionSnapshot? action)
    {
        Time = time;
        Channel = channel;
        Destination = destination;
        Body = body;
        Action = action;
    }

    /// <summary>When it was sent, as virtual time.</summary>
    public TimeSpan Time { get; init; }

    /// <summary>Target or EventBridge.</summary>
    public NotificationChannel Channel { get; init; }

    /// <summary>The target ARN, or <c>EventBridge</c>.</summary>
    public string Destination { get; init; }

    /// <summary>The JSON body.</summary>
    public string Body { get; init; }

    /// <summary>The action it announces; null for the test notification.</summary>
    public LifecycleActionSnapshot? Action { get; init; }

    /// <summary>True for the <c>autoscaling:TEST_NOTIFICATION</c> sent when a hook with a target is put; handlers must skip it.</summary>
    public bool IsTest => Action is null;
}

/// <summary>A notification was sent.</summary>
public sealed record NotificationSent : SimulationEvent
{
    [JsonConstructor]
    internal NotificationSent(TimeSpan time, LifecycleNotification notification)
        : base(time) => Notification = notification;

    /// <summary>The notification.</summary>
    public LifecycleNotification Notification { get; init; }
}

/// <summary>Where the simulated account and region are, for ARNs, message fields and times.</summary>
public sealed record SimulationEnvironment
{
    /// <summary>The defaults: account 123456789012 in us-east-1, starting 2026-01-01T00:00:00Z.</summary>
    public static SimulationEnvironment Default { get; } = new();

    /// <summary>The AWS account id (AccountId, account).</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>The region (in the group ARN and EventBridge's region).</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The wall-clock time that virtual second 0 stands for (message Time fields).</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
