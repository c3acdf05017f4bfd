using System.Text.Json.Serialization;

namespace Lifecycle.Core.AutoScaling.Json;

/// <summary>
/// The same shapes read strictly: an unknown or repeated member, or a wrong type, throws. A document this
/// context reads has no JSON finding at all, so the SDK needs no positions for it (see <see cref="JsonShapeReader"/>).
/// </summary>
[JsonSourceGenerationOptions(
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    MaxDepth = 64)]
[JsonSerializable(typeof(PutLifecycleHookRequest))]
[JsonSerializable(typeof(List<PutLifecycleHookRequest>))]
[JsonSerializable(typeof(LifecycleHookSpecification))]
[JsonSerializable(typeof(List<LifecycleHookSpecification>))]
[JsonSerializable(typeof(LifecycleHookShape))]
[JsonSerializable(typeof(List<LifecycleHookShape>))]
[JsonSerializable(typeof(DescribeLifecycleHooksAnswerShape))]
internal sealed partial class StrictAutoScalingJsonContext : JsonSerializerContext;
