using System.Xml;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Emulator.Wire;

namespace Lifecycle.Emulator.AutoScaling;

/// <summary>The lifecycle hook, lifecycle action and warm pool operations.</summary>
internal sealed partial class AutoScalingApi
{
    private Action<XmlWriter>? PutLifecycleHook(QueryParameters p)
    {
        // The same members as a LifecycleHookSpecificationList entry, with the group beside them.
        var request = Specification(p).ToPutLifecycleHookRequest(p.Get("AutoScalingGroupName")!);

        // The request's own rules first (a HeartbeatTimeout of 10 is refused whether or not the group exists).
        var findings = request.Validate();
        if (findings.Any(d => d.IsError))
        {
            throw Failure(Core.Diagnostics.Result.Failure<LifecycleHook>(findings));
        }

        var group = Group(request.AutoScalingGroupName!);
        CheckTarget(request.NotificationTargetARN, request.RoleARN ?? (group.Simulator.Hooks.TryGetLifecycleHook(LifecycleHookName.Parse(request.LifecycleHookName!), out var old) ? old.RoleARN?.Value : null));
        Value(group.Simulator.PutLifecycleHook(request));
        world.Settle(Cause("a user request put a lifecycle hook."));
        return null;
    }

    /// <summary>
    /// Auto Scaling publishes a test message to a hook's target when the hook is put (§2.7.2); a target that cannot
    /// take it fails the call. Here the target must be a queue or topic of this account and region that exists.
    /// </summary>
    private void CheckTarget(string? target, string? role)
    {
        if (string.IsNullOrEmpty(target))
        {
            return;
        }

        var exists = target.StartsWith("arn:aws:sqs:", StringComparison.Ordinal) ? world.Queues.TryGetByArn(target) is not null
            : target.StartsWith("arn:aws:sns:", StringComparison.Ordinal) && world.Topics.TryGet(target) is not null;
        if (!exists)
        {
            throw ServiceError.Validation($"Unable to publish test message to notification target {target} using IAM role {role}. Please check your target and role configuration and try to put lifecycle hook again.");
        }
    }

    private Action<XmlWriter> DescribeLifecycleHooks(QueryParameters p)
    {
        var group = Group(p.Required("AutoScalingGroupName"));
        var names = p.List("LifecycleHookNames").Select(n => Value(LifecycleHookName.Read(n))).ToList();
        var hooks = Value(group.Simulator.Hooks.DescribeLifecycleHooks(names));
        return w => QueryXml.Members(w, "LifecycleHooks", hooks, AutoScalingXml.Hook);
    }

    private Action<XmlWriter>? DeleteLifecycleHook(QueryParameters p)
    {
        var group = Group(p.Required("AutoScalingGroupName"));
        var name = Value(LifecycleHookName.Read(p.Required("LifecycleHookName")));
        Value(group.Simulator.DeleteLifecycleHook(name));
        world.Settle(Cause("a user request deleted a lifecycle hook."));
        return null;
    }

    private static Action<XmlWriter> DescribeLifecycleHookTypes() =>
        w => QueryXml.StringMembers(w, "LifecycleHookTypes", LifecycleTransition.All.Select(t => t.Value));

    private Action<XmlWriter>? CompleteLifecycleAction(QueryParameters p)
    {
        var (group, hook, token, instance) = ActionTarget(p);
        var result = Value(LifecycleActionResult.Read(p.Required("LifecycleActionResult")));
        Value(group.Simulator.CompleteLifecycleAction(hook, result, token, instance));
        world.Settle(Cause($"a user request completed a lifecycle action with {result}."));
        return null;
    }

    private Action<XmlWriter>? RecordLifecycleActionHeartbeat(QueryParameters p)
    {
        var (group, hook, token, instance) = ActionTarget(p);
        Value(group.Simulator.RecordLifecycleActionHeartbeat(hook, token, instance));
        world.Settle(Cause("a user request recorded a lifecycle action heartbeat."));
        return null;
    }

    private (EmulatedGroup, LifecycleHookName, LifecycleActionToken?, InstanceId?) ActionTarget(QueryParameters p)
    {
        var group = Group(p.Required("AutoScalingGroupName"));
        var hook = Value(LifecycleHookName.Read(p.Required("LifecycleHookName")));
        LifecycleActionToken? token = p.Get("LifecycleActionToken") is { } t ? Value(LifecycleActionToken.Read(t)) : null;
        InstanceId? instance = p.Get("InstanceId") is { } i ? Value(InstanceId.Read(i)) : null;
        return (group, hook, token, instance);
    }

    private Action<XmlWriter>? PutWarmPool(QueryParameters p)
    {
        var group = Group(p.Required("AutoScalingGroupName"));
        var state = p.Get("PoolState") switch
        {
            null or "Stopped" => WarmPoolState.Stopped,
            "Running" => WarmPoolState.Running,
            "Hibernated" => WarmPoolState.Hibernated,
            var other => throw ServiceError.Validation($"1 validation error detected: Value '{other}' at 'poolState' failed to satisfy constraint: Member must satisfy enum value set: [Stopped, Running, Hibernated]"),
        };
        var min = p.Int("MinSize");
        var prepared = p.Int("MaxGroupPreparedCapacity");
        if (min is < 0 || prepared is < -1)
        {
            throw ServiceError.Validation("MinSize must be 0 or more, and MaxGroupPreparedCapacity -1 (the group's MaxSize) or more.");
        }

        group.Simulator.PutWarmPool(new WarmPoolConfiguration { PoolState = state, ReuseOnScaleIn = p.Bool("InstanceReusePolicy.ReuseOnScaleIn") ?? false });
        (group.Settings.WarmPoolMinSize, group.Settings.WarmPoolMaxGroupPreparedCapacity, group.Settings.WarmPoolDeleted) = (min, prepared, false);
        group.FillWarmPool();
        world.Settle(Cause("a user request put a warm pool."));
        return null;
    }

    private Action<XmlWriter> DescribeWarmPool(QueryParameters p)
    {
        var group = Group(p.Required("AutoScalingGroupName"));
        var instances = group.WarmPoolInstances.ToList();
        var settings = group.Settings;
        var pool = settings.WarmPoolDeleted ? null : group.Simulator.WarmPool;
        return w =>
        {
            if (pool is not null)
            {
                w.WriteStartElement("WarmPoolConfiguration");
                AutoScalingXml.WarmPool(w, pool, settings);
                w.WriteEndElement();
            }

            QueryXml.Members(w, "Instances", pool is null ? [] : instances, (w, i) => AutoScalingXml.Instance(w, i, settings));
        };
    }

    private Action<XmlWriter>? DeleteWarmPool(QueryParameters p)
    {
        var group = Group(p.Required("AutoScalingGroupName"));
        if (group.Simulator.WarmPool is null || group.Settings.WarmPoolDeleted)
        {
            throw ServiceError.Validation($"No warm pool found for Auto Scaling group {group.Name}.");
        }

        var instances = group.WarmPoolInstances.ToList();
        if (p.Bool("ForceDelete") != true && instances.Any(i => !i.Resting))
        {
            throw new ServiceError("ResourceInUse", "The warm pool has instances that are still launching into it. Try again when they rest, or use ForceDelete.");
        }

        foreach (var i in instances.Where(i => i.Resting))
        {
            Value(group.Simulator.Terminate(InstanceId.Parse(i.InstanceId)));
        }

        group.Settings.WarmPoolDeleted = true;
        world.Settle(Cause("a user request deleted the warm pool."));
        return null;
    }
}
