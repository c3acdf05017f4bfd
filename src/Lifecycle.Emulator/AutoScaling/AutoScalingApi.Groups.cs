using System.Globalization;
using System.Xml;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Emulator.Wire;

namespace Lifecycle.Emulator.AutoScaling;

/// <summary>The group operations: create, update, delete, describe, capacity and instance termination.</summary>
internal sealed partial class AutoScalingApi
{
    private const int DefaultMaxRecords = 50;

    private Action<XmlWriter>? CreateAutoScalingGroup(QueryParameters p)
    {
        var name = Value(AutoScalingGroupName.Read(p.Required("AutoScalingGroupName")));
        if (world.TryGetGroup(name.Value, out _))
        {
            throw new ServiceError("AlreadyExists", $"AutoScalingGroup by this name already exists - A group with the name {name} already exists");
        }

        var sources = new[] { p.Has("LaunchConfigurationName"), p.Has("LaunchTemplate"), p.Has("MixedInstancesPolicy"), p.Has("InstanceId") }.Count(x => x);
        if (sources != 1)
        {
            throw ServiceError.Validation("Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.");
        }

        var settings = new GroupSettings { CreatedTime = world.WallNow };
        settings.MinSize = p.RequiredInt("MinSize");
        settings.MaxSize = p.RequiredInt("MaxSize");
        settings.DesiredCapacity = p.Int("DesiredCapacity") ?? settings.MinSize;
        CheckSizes(settings);
        ApplyPlacement(p, settings, create: true);
        ApplyCommon(p, settings);

        // The hooks of LifecycleHookSpecificationList are checked together first (the core's rules), and each
        // target must take the test message, before the group exists.
        var specifications = p.Structures("LifecycleHookSpecificationList").Select(Specification).ToList();
        Value(LifecycleHookRegistry.CreateWithSpecifications(name, specifications));
        foreach (var s in specifications)
        {
            CheckTarget(s.NotificationTargetARN, s.RoleARN);
        }

        var retain = p.Get("InstanceLifecyclePolicy.RetentionTriggers.TerminateHookAbandon") == "retain";
        var group = world.AddGroup(name, settings, retain);
        foreach (var s in specifications)
        {
            group.Simulator.PutLifecycleHook(s.ToPutLifecycleHookRequest(name.Value));
        }

        group.Reconcile();
        world.Settle(Cause($"a user request created an AutoScalingGroup changing the desired capacity from 0 to {settings.DesiredCapacity}."));
        return null;
    }

    private static LifecycleHookSpecification Specification(QueryParameters s) => new()
    {
        LifecycleHookName = s.Get("LifecycleHookName"),
        LifecycleTransition = s.Get("LifecycleTransition"),
        NotificationTargetARN = s.Get("NotificationTargetARN"),
        RoleARN = s.Get("RoleARN"),
        NotificationMetadata = s.Get("NotificationMetadata"),
        HeartbeatTimeout = s.Int("HeartbeatTimeout"),
        DefaultResult = s.Get("DefaultResult"),
    };

    private static void CheckSizes(GroupSettings s)
    {
        if (s.MinSize < 0 || s.MaxSize < 0)
        {
            throw ServiceError.Validation("MinSize and MaxSize must be 0 or more.");
        }

        if (s.MaxSize < s.MinSize)
        {
            throw ServiceError.Validation($"Max bound, {s.MaxSize}, must be greater than or equal to min bound, {s.MinSize}");
        }

        if (s.DesiredCapacity < s.MinSize || s.DesiredCapacity > s.MaxSize)
        {
            throw ServiceError.Validation($"Desired capacity:{s.DesiredCapacity} must be between the specified min size:{s.MinSize} and max size:{s.MaxSize}");
        }
    }

    // Zones: AvailabilityZones as given; for VPCZoneIdentifier without them, one zone per subnet (the region and
    // a, b, c... in the order given), since there is no EC2 to say where a subnet lies.
    private void ApplyPlacement(QueryParameters p, GroupSettings s, bool create)
    {
        var zones = p.List("AvailabilityZones");
        var subnets = p.Get("VPCZoneIdentifier");
        if (create && zones.Count == 0 && string.IsNullOrEmpty(subnets))
        {
            throw ServiceError.Validation("At least one Availability Zone or VPC Subnet is required.");
        }

        if (subnets is not null)
        {
            s.VPCZoneIdentifier = subnets;
        }

        if (zones.Count > 0)
        {
            s.AvailabilityZones = zones;
        }
        else if (!string.IsNullOrEmpty(subnets))
        {
            var count = Math.Min(subnets.Split(',').Length, 26);
            s.AvailabilityZones = [.. Enumerable.Range(0, count).Select(i => world.Environment.Region + (char)('a' + i))];
        }
    }

    private static void ApplyCommon(QueryParameters p, GroupSettings s)
    {
        if (p.Get("LaunchConfigurationName") is { } configuration)
        {
            (s.LaunchConfigurationName, s.LaunchTemplate, s.MixedInstancesPolicy) = (configuration, null, null);
        }

        if (p.Structure("LaunchTemplate") is { } template)
        {
            (s.LaunchConfigurationName, s.LaunchTemplate, s.MixedInstancesPolicy) = (null, template, null);
        }

        if (p.Structure("MixedInstancesPolicy") is { } mixed)
        {
            (s.LaunchConfigurationName, s.LaunchTemplate, s.MixedInstancesPolicy) = (null, null, mixed);
        }

        s.DefaultCooldown = p.Int("DefaultCooldown") ?? s.DefaultCooldown;
        s.HealthCheckType = p.Get("HealthCheckType") ?? s.HealthCheckType;
        s.HealthCheckGracePeriod = p.Int("HealthCheckGracePeriod") ?? s.HealthCheckGracePeriod;
        s.NewInstancesProtectedFromScaleIn = p.Bool("NewInstancesProtectedFromScaleIn") ?? s.NewInstancesProtectedFromScaleIn;
        s.CapacityRebalance = p.Bool("CapacityRebalance") ?? s.CapacityRebalance;
        if (p.List("TerminationPolicies") is { Count: > 0 } policies)
        {
            s.TerminationPolicies = policies;
        }
    }

    private Action<XmlWriter>? UpdateAutoScalingGroup(QueryParameters p)
    {
        var group = Group(p.Required("AutoScalingGroupName"));
        var s = group.Settings;
        var before = s.DesiredCapacity;
        var (min, max, desired) = (p.Int("MinSize") ?? s.MinSize, p.Int("MaxSize") ?? s.MaxSize, p.Int("DesiredCapacity"));
        var check = new GroupSettings { MinSize = min, MaxSize = max, DesiredCapacity = desired ?? Math.Clamp(s.DesiredCapacity, min, Math.Max(min, max)) };
        CheckSizes(check);
        (s.MinSize, s.MaxSize, s.DesiredCapacity) = (check.MinSize, check.MaxSize, check.DesiredCapacity);
        ApplyPlacement(p, s, create: false);
        ApplyCommon(p, s);
        group.Reconcile();
        world.Settle(Cause($"a user request update of AutoScalingGroup constraints to min: {s.MinSize}, max: {s.MaxSize}, desired: {s.DesiredCapacity} changing the desired capacity from {before} to {s.DesiredCapacity}."));
        return null;
    }

    private Action<XmlWriter>? DeleteAutoScalingGroup(QueryParameters p)
    {
        var group = Group(p.Required("AutoScalingGroupName"));
        if (p.Bool("ForceDelete") != true && group.AllLive.Any())
        {
            throw new ServiceError("ResourceInUse", "You cannot delete an AutoScalingGroup while there are instances or pending Spot instance request(s) still in the group.");
        }

        world.RemoveGroup(group);
        return null;
    }

    private Action<XmlWriter> DescribeAutoScalingGroups(QueryParameters p)
    {
        var names = p.List("AutoScalingGroupNames");
        var groups = world.Groups.Where(g => names.Count == 0 || names.Contains(g.Name.Value)).ToList();
        var (page, next) = Page(groups, p, DefaultMaxRecords, 100);
        var account = world.Environment.AccountId;
        return w =>
        {
            QueryXml.Members(w, "AutoScalingGroups", page, (w, g) => AutoScalingXml.Group(w, g, account));
            QueryXml.Element(w, "NextToken", next);
        };
    }

    private Action<XmlWriter>? SetDesiredCapacity(QueryParameters p)
    {
        var name = p.Required("AutoScalingGroupName");
        var desired = p.RequiredInt("DesiredCapacity");
        var group = Group(name);
        var s = group.Settings;
        if (desired > s.MaxSize)
        {
            throw ServiceError.Validation($"New SetDesiredCapacity value {desired} is above max value {s.MaxSize} for the AutoScalingGroup.");
        }

        if (desired < s.MinSize)
        {
            throw ServiceError.Validation($"New SetDesiredCapacity value {desired} is below min value {s.MinSize} for the AutoScalingGroup.");
        }

        var before = s.DesiredCapacity;
        s.DesiredCapacity = desired;
        group.Reconcile();
        world.Settle(Cause($"a user request explicitly set group desired capacity changing the desired capacity from {before} to {desired}."));
        return null;
    }

    private Action<XmlWriter> TerminateInstanceInAutoScalingGroup(QueryParameters p)
    {
        var instanceId = Value(InstanceId.Read(p.Required("InstanceId")));
        var decrement = p.Bool("ShouldDecrementDesiredCapacity") ?? throw ServiceError.MissingParameter("ShouldDecrementDesiredCapacity");
        var group = world.Groups.FirstOrDefault(g => g.TryGetInstance(instanceId.Value, out var i) && !i.Gone)
            ?? throw ServiceError.Validation($"Instance Id not found - No managed instance found for instance ID: {instanceId}");
        var s = group.Settings;
        group.TryGetInstance(instanceId.Value, out var instance);
        if (decrement && instance.CountsTowardCapacity && s.DesiredCapacity - 1 < s.MinSize)
        {
            throw ServiceError.Validation($"Currently, desiredSize equals minSize ({s.MinSize}). Terminating instance without replacement will violate group's min size constraint. Either set shouldDecrementDesiredCapacity flag to false or lower group's min size.");
        }

        var counted = instance.CountsTowardCapacity;
        Value(group.Simulator.Terminate(instanceId));
        var before = s.DesiredCapacity;
        if (decrement && counted)
        {
            s.DesiredCapacity--;
        }

        var cause = decrement
            ? $"instance {instanceId} was taken out of service in response to a user request, shrinking the capacity from {before} to {s.DesiredCapacity}."
            : $"instance {instanceId} was taken out of service in response to a user request.";
        world.Settle(Cause(cause));
        group.Reconcile();
        world.Settle(Cause($"an instance was started in response to a difference between desired and actual capacity, increasing the capacity to {s.DesiredCapacity}."));
        var activity = group.Activities.First(a => a.InstanceId == instanceId.Value && !a.Launch);
        return w =>
        {
            w.WriteStartElement("Activity");
            AutoScalingXml.Activity(w, group, activity);
            w.WriteEndElement();
        };
    }

    private Action<XmlWriter> DescribeAutoScalingInstances(QueryParameters p)
    {
        var ids = p.List("InstanceIds");
        var rows = world.Groups.SelectMany(g => g.AllLive.Select(i => (Group: g, Instance: i)))
            .Where(r => ids.Count == 0 || ids.Contains(r.Instance.InstanceId)).ToList();
        var (page, next) = Page(rows, p, DefaultMaxRecords, 50);
        return w =>
        {
            QueryXml.Members(w, "AutoScalingInstances", page, (w, r) => AutoScalingXml.InstanceDetails(w, r.Group, r.Instance));
            QueryXml.Element(w, "NextToken", next);
        };
    }

    private Action<XmlWriter> DescribeScalingActivities(QueryParameters p)
    {
        var ids = p.List("ActivityIds");
        var name = p.Get("AutoScalingGroupName");
        if (name is not null)
        {
            Group(name);
        }

        var rows = world.Groups.Where(g => name is null || g.Name.Value == name)
            .SelectMany(g => g.Activities.Select(a => (Group: g, Activity: a)))
            .Where(r => ids.Count == 0 || ids.Contains(r.Activity.ActivityId))
            .OrderByDescending(r => r.Activity.StartTime).ToList();
        var (page, next) = Page(rows, p, 100, 100);
        return w =>
        {
            QueryXml.Members(w, "Activities", page, (w, r) => AutoScalingXml.Activity(w, r.Group, r.Activity));
            QueryXml.Element(w, "NextToken", next);
        };
    }

    /// <summary>MaxRecords and NextToken: the token is the index of the next record, as text.</summary>
    private static (List<T> Page, string? Next) Page<T>(List<T> all, QueryParameters p, int fallback, int most)
    {
        var max = p.Int("MaxRecords") ?? fallback;
        if (max < 1 || max > most)
        {
            throw ServiceError.Validation($"MaxRecords must be from 1 to {most}; it is {max}.");
        }

        var start = 0;
        if (p.Get("NextToken") is { } token && (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start > all.Count))
        {
            throw new ServiceError("InvalidNextToken", "The NextToken value is invalid.");
        }

        var page = all.Skip(start).Take(max).ToList();
        var next = start + page.Count < all.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return (page, next);
    }
}
