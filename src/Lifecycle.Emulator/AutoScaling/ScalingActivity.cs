namespace Lifecycle.Emulator.AutoScaling;

/// <summary>
/// One scaling activity (DescribeScalingActivities' Activity): an instance launched into or terminated from the
/// group, followed through its states: InProgress, MidLifecycleAction while a hook holds it, then Successful, or
/// Failed when a launch was abandoned.
/// </summary>
internal sealed class ScalingActivity(string activityId, string instanceId, bool launch, string cause, DateTimeOffset startTime)
{
    public string ActivityId { get; } = activityId;

    public string InstanceId { get; } = instanceId;

    public bool Launch { get; } = launch;

    public string Description => Launch ? $"Launching a new EC2 instance: {InstanceId}" : $"Terminating EC2 instance: {InstanceId}";

    public string Cause { get; } = cause;

    public DateTimeOffset StartTime { get; } = startTime;

    public DateTimeOffset? EndTime { get; set; }

    public string StatusCode { get; set; } = "InProgress";

    public string? StatusMessage { get; set; }

    public int Progress => EndTime is null ? (StatusCode == "MidLifecycleAction" ? 50 : 30) : 100;
}
