using System.Text.Json.Serialization;

namespace Lifecycle.Core.AutoScaling.Json;

/// <summary>
/// System.Text.Json metadata, source-generated (trim- and AOT-safe), for the Auto Scaling models in AWS's wire shape:
/// <c>JsonSerializer.Serialize(hook, LifecycleHookJsonContext.Default.LifecycleHook)</c> writes what DescribeLifecycleHooks
/// returns for it. Each value type writes and reads itself as its plain AWS value (a string, or seconds for
/// <see cref="HeartbeatTimeout"/>); a value AWS would refuse fails the read with a <see cref="System.Text.Json.JsonException"/>.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LifecycleHook))]
[JsonSerializable(typeof(List<LifecycleHook>))]
[JsonSerializable(typeof(InstanceId))]
[JsonSerializable(typeof(LifecycleActionToken))]
[JsonSerializable(typeof(LifecycleActionResult))]
public sealed partial class LifecycleHookJsonContext : JsonSerializerContext;
