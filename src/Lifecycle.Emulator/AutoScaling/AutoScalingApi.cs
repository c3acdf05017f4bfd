using System.Xml;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Emulator.Hosting;
using Lifecycle.Emulator.Wire;
using Lifecycle.Emulator.World;

namespace Lifecycle.Emulator.AutoScaling;

/// <summary>
/// Amazon EC2 Auto Scaling's query protocol (Version 2011-01-01): groups, lifecycle hooks, lifecycle actions,
/// warm pools and scaling activities. Every rule, state, deadline and hook message is the simulator's; each
/// request runs under the world's lock, after the clock has caught up.
/// </summary>
internal sealed partial class AutoScalingApi(EmulatorWorld world)
{
    public WireResponse Handle(WireRequest request)
    {
        var p = request.Parameters;
        lock (world.Gate)
        {
            world.CatchUp();
            Action<XmlWriter>? result = request.Operation switch
            {
                "CreateAutoScalingGroup" => CreateAutoScalingGroup(p),
                "UpdateAutoScalingGroup" => UpdateAutoScalingGroup(p),
                "DeleteAutoScalingGroup" => DeleteAutoScalingGroup(p),
                "DescribeAutoScalingGroups" => DescribeAutoScalingGroups(p),
                "SetDesiredCapacity" => SetDesiredCapacity(p),
                "TerminateInstanceInAutoScalingGroup" => TerminateInstanceInAutoScalingGroup(p),
                "DescribeAutoScalingInstances" => DescribeAutoScalingInstances(p),
                "PutLifecycleHook" => PutLifecycleHook(p) ?? EmptyResult,
                "DescribeLifecycleHooks" => DescribeLifecycleHooks(p),
                "DeleteLifecycleHook" => DeleteLifecycleHook(p) ?? EmptyResult,
                "DescribeLifecycleHookTypes" => DescribeLifecycleHookTypes(),
                "CompleteLifecycleAction" => CompleteLifecycleAction(p) ?? EmptyResult,
                "RecordLifecycleActionHeartbeat" => RecordLifecycleActionHeartbeat(p) ?? EmptyResult,
                "PutWarmPool" => PutWarmPool(p) ?? EmptyResult,
                "DescribeWarmPool" => DescribeWarmPool(p),
                "DeleteWarmPool" => DeleteWarmPool(p) ?? EmptyResult,
                "DescribeScalingActivities" => DescribeScalingActivities(p),
                _ => throw ServiceError.InvalidAction(request.Operation, "Amazon EC2 Auto Scaling"),
            };

            // The answer is written under the lock too, so that it shows the state this request left.
            return WireResponse.XmlOk(QueryXml.Success(request.Operation, AutoScalingXml.Namespace, request.RequestId, result));
        }
    }

    private EmulatedGroup Group(string name) => world.TryGetGroup(name, out var group) ? group : throw GroupNotFound(name);

    // The text Auto Scaling answers for a group that does not exist (as public issue reports quote it).
    private static ServiceError GroupNotFound(string name) =>
        ServiceError.Validation($"AutoScalingGroup name not found - AutoScalingGroup '{name}' not found");

    /// <summary>The value of a core call, or the service's error for it.</summary>
    private static T Value<T>(Result<T> result) => result.Succeeded ? result.Value : throw Failure(result);

    /// <summary>The service's error for a failed core call: its AWS code and message.</summary>
    private static ServiceError Failure<T>(Result<T> result)
    {
        var error = AutoScalingError.Of(result)!;
        return new ServiceError(error.Code, error.Message);
    }

    // Operations whose output shape is empty still answer with an empty {Action}Result element (the model gives
    // them a resultWrapper); those with no output shape answer with the metadata alone.
    private static readonly Action<XmlWriter> EmptyResult = static _ => { };

    private string Cause(string what) => world.At(what);
}
