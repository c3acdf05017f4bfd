namespace Lifecycle.Core.AutoScaling;

/// <summary>The members a hook definition has in every AWS shape that carries one, as the user wrote them.</summary>
internal interface ILifecycleHookFields
{
    string? LifecycleHookName { get; }

    string? LifecycleTransition { get; }

    string? RoleARN { get; }

    string? NotificationTargetARN { get; }

    string? NotificationMetadata { get; }

    int? HeartbeatTimeout { get; }

    string? DefaultResult { get; }
}
