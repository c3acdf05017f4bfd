using System.Xml;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Emulator.Wire;

namespace Lifecycle.Emulator.AutoScaling;

/// <summary>The Auto Scaling output shapes in XML, member for member as the service model names them.</summary>
internal static class AutoScalingXml
{
    public const string Namespace = "http://autoscaling.amazonaws.com/doc/2011-01-01/";

    public static void Hook(XmlWriter w, LifecycleHook hook)
    {
        QueryXml.Element(w, "LifecycleHookName", hook.LifecycleHookName.Value);
        QueryXml.Element(w, "AutoScalingGroupName", hook.AutoScalingGroupName.Value);
        QueryXml.Element(w, "LifecycleTransition", hook.LifecycleTransition.Value);
        QueryXml.Element(w, "NotificationTargetARN", hook.NotificationTargetARN?.Value);
        QueryXml.Element(w, "RoleARN", hook.RoleARN?.Value);
        QueryXml.Element(w, "NotificationMetadata", hook.NotificationMetadata?.Value);
        QueryXml.Element(w, "HeartbeatTimeout", hook.HeartbeatTimeout.Seconds);
        QueryXml.Element(w, "GlobalTimeout", hook.GlobalTimeout);
        QueryXml.Element(w, "DefaultResult", hook.DefaultResult.Value);
    }

    public static void Group(XmlWriter w, EmulatedGroup group, string accountId)
    {
        var s = group.Settings;
        QueryXml.Element(w, "AutoScalingGroupName", group.Name.Value);
        QueryXml.Element(w, "AutoScalingGroupARN", group.Simulator.AutoScalingGroupARN);
        LaunchSource(w, s);
        if (s.MixedInstancesPolicy is { } mixed)
        {
            QueryXml.Echo(w, "MixedInstancesPolicy", mixed);
        }

        QueryXml.Element(w, "MinSize", s.MinSize);
        QueryXml.Element(w, "MaxSize", s.MaxSize);
        QueryXml.Element(w, "DesiredCapacity", s.DesiredCapacity);
        QueryXml.Element(w, "DefaultCooldown", s.DefaultCooldown);
        QueryXml.StringMembers(w, "AvailabilityZones", s.AvailabilityZones);
        QueryXml.StringMembers(w, "LoadBalancerNames", []);
        QueryXml.StringMembers(w, "TargetGroupARNs", []);
        QueryXml.Element(w, "HealthCheckType", s.HealthCheckType);
        QueryXml.Element(w, "HealthCheckGracePeriod", s.HealthCheckGracePeriod);
        QueryXml.Members(w, "Instances", group.Instances, (w, i) => Instance(w, i, s));
        QueryXml.Element(w, "CreatedTime", s.CreatedTime);
        QueryXml.Members<string>(w, "SuspendedProcesses", [], static (_, _) => { });
        QueryXml.Element(w, "VPCZoneIdentifier", s.VPCZoneIdentifier);
        QueryXml.Members<string>(w, "EnabledMetrics", [], static (_, _) => { });
        QueryXml.Members<string>(w, "Tags", [], static (_, _) => { });
        QueryXml.StringMembers(w, "TerminationPolicies", s.TerminationPolicies);
        QueryXml.Element(w, "NewInstancesProtectedFromScaleIn", s.NewInstancesProtectedFromScaleIn);
        QueryXml.Element(w, "ServiceLinkedRoleARN", $"arn:aws:iam::{accountId}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling");
        QueryXml.Element(w, "CapacityRebalance", s.CapacityRebalance);
        if (group.Simulator.WarmPool is { } pool && !s.WarmPoolDeleted)
        {
            w.WriteStartElement("WarmPoolConfiguration");
            WarmPool(w, pool, s);
            w.WriteEndElement();
            QueryXml.Element(w, "WarmPoolSize", group.WarmPoolInstances.Count());
        }
    }

    private static void LaunchSource(XmlWriter w, GroupSettings s)
    {
        QueryXml.Element(w, "LaunchConfigurationName", s.LaunchConfigurationName);
        if (s.LaunchTemplate is { } template)
        {
            QueryXml.Echo(w, "LaunchTemplate", template);
        }
    }

    public static void Instance(XmlWriter w, EmulatedInstance i, GroupSettings s)
    {
        QueryXml.Element(w, "InstanceId", i.InstanceId);
        QueryXml.Element(w, "AvailabilityZone", i.AvailabilityZone);
        QueryXml.Element(w, "LifecycleState", i.State.ToWire());
        QueryXml.Element(w, "HealthStatus", "Healthy");
        LaunchSource(w, s);
        QueryXml.Element(w, "ProtectedFromScaleIn", s.NewInstancesProtectedFromScaleIn);
    }

    public static void InstanceDetails(XmlWriter w, EmulatedGroup group, EmulatedInstance i)
    {
        QueryXml.Element(w, "InstanceId", i.InstanceId);
        QueryXml.Element(w, "AutoScalingGroupName", group.Name.Value);
        QueryXml.Element(w, "AvailabilityZone", i.AvailabilityZone);
        QueryXml.Element(w, "LifecycleState", i.State.ToWire());
        QueryXml.Element(w, "HealthStatus", "HEALTHY");
        LaunchSource(w, group.Settings);
        QueryXml.Element(w, "ProtectedFromScaleIn", group.Settings.NewInstancesProtectedFromScaleIn);
    }

    public static void WarmPool(XmlWriter w, WarmPoolConfiguration pool, GroupSettings s)
    {
        QueryXml.Element(w, "MaxGroupPreparedCapacity", s.WarmPoolMaxGroupPreparedCapacity);
        QueryXml.Element(w, "MinSize", s.WarmPoolMinSize ?? 0);
        QueryXml.Element(w, "PoolState", pool.PoolState.ToString());
        w.WriteStartElement("InstanceReusePolicy");
        QueryXml.Element(w, "ReuseOnScaleIn", pool.ReuseOnScaleIn);
        w.WriteEndElement();
    }

    public static void Activity(XmlWriter w, EmulatedGroup group, ScalingActivity a)
    {
        QueryXml.Element(w, "ActivityId", a.ActivityId);
        QueryXml.Element(w, "AutoScalingGroupName", group.Name.Value);
        QueryXml.Element(w, "Description", a.Description);
        QueryXml.Element(w, "Cause", a.Cause);
        QueryXml.Element(w, "StartTime", a.StartTime);
        if (a.EndTime is { } end)
        {
            QueryXml.Element(w, "EndTime", end);
        }

        QueryXml.Element(w, "StatusCode", a.StatusCode);
        QueryXml.Element(w, "StatusMessage", a.StatusMessage);
        QueryXml.Element(w, "Progress", a.Progress);
        QueryXml.Element(w, "Details", $"{{\"Availability Zone\":\"{group.TryGetZone(a.InstanceId)}\"}}");
        QueryXml.Element(w, "AutoScalingGroupARN", group.Simulator.AutoScalingGroupARN);
    }
}
