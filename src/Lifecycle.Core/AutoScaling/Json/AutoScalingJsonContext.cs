using System.Text.Json.Serialization;

namespace Lifecycle.Core.AutoScaling.Json;

/// <summary>Source-generated System.Text.Json metadata for the AWS shapes (trim- and AOT-safe).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(PutLifecycleHookRequest))]
[JsonSerializable(typeof(List<PutLifecycleHookRequest>))]
[JsonSerializable(typeof(LifecycleHookSpecification))]
[JsonSerializable(typeof(List<LifecycleHookSpecification>))]
[JsonSerializable(typeof(LifecycleHookShape))]
[JsonSerializable(typeof(DescribeLifecycleHooksAnswerShape))]
internal sealed partial class AutoScalingJsonContext : JsonSerializerContext;
