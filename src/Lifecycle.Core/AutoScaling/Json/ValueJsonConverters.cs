using System.Text.Json;
using System.Text.Json.Serialization;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Json;

/// <summary>
/// Writes a value type as the plain JSON value AWS writes (<c>"drain"</c>, <c>300</c>), and reads one back with the same
/// rules as its <c>Parse</c>: a value AWS would refuse is a <see cref="JsonException"/> whose message is the diagnostic's.
/// </summary>
internal abstract class AwsValueJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var parsed = Parse(ref reader);
        return parsed.TryGetValue(out var value)
            ? value
            : throw new JsonException($"{typeof(T).Name}: {string.Join(" ", parsed.Diagnostics.Select(d => $"{d.Code} {d.Message}"))}");
    }

    protected abstract ParseResult<T> Parse(ref Utf8JsonReader reader);

    protected static string Text(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.String
        ? reader.GetString()!
        : throw new JsonException($"{typeof(T).Name} is written as a JSON string, not {reader.TokenType}.");
}

/// <summary>A value written as its AWS string.</summary>
internal abstract class AwsStringJsonConverter<T> : AwsValueJsonConverter<T>
    where T : struct
{
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(ValueOf(value));

    protected abstract string ValueOf(T value);
}

internal sealed class LifecycleHookNameJsonConverter : AwsStringJsonConverter<LifecycleHookName>
{
    protected override ParseResult<LifecycleHookName> Parse(ref Utf8JsonReader reader) => LifecycleHookName.Parse(Text(ref reader));

    protected override string ValueOf(LifecycleHookName value) => value.Value;
}

internal sealed class AutoScalingGroupNameJsonConverter : AwsStringJsonConverter<AutoScalingGroupName>
{
    protected override ParseResult<AutoScalingGroupName> Parse(ref Utf8JsonReader reader) => AutoScalingGroupName.Parse(Text(ref reader));

    protected override string ValueOf(AutoScalingGroupName value) => value.Value;
}

internal sealed class InstanceIdJsonConverter : AwsStringJsonConverter<InstanceId>
{
    protected override ParseResult<InstanceId> Parse(ref Utf8JsonReader reader) => InstanceId.Parse(Text(ref reader));

    protected override string ValueOf(InstanceId value) => value.Value;
}

internal sealed class LifecycleActionTokenJsonConverter : AwsStringJsonConverter<LifecycleActionToken>
{
    protected override ParseResult<LifecycleActionToken> Parse(ref Utf8JsonReader reader) => LifecycleActionToken.Parse(Text(ref reader));

    protected override string ValueOf(LifecycleActionToken value) => value.Value;
}

internal sealed class LifecycleTransitionJsonConverter : AwsStringJsonConverter<LifecycleTransition>
{
    protected override ParseResult<LifecycleTransition> Parse(ref Utf8JsonReader reader) => LifecycleTransition.Parse(Text(ref reader));

    protected override string ValueOf(LifecycleTransition value) => value.Value;
}

internal sealed class LifecycleActionResultJsonConverter : AwsStringJsonConverter<LifecycleActionResult>
{
    protected override ParseResult<LifecycleActionResult> Parse(ref Utf8JsonReader reader) => LifecycleActionResult.Parse(Text(ref reader));

    protected override string ValueOf(LifecycleActionResult value) => value.Value;
}

internal sealed class NotificationMetadataJsonConverter : AwsStringJsonConverter<NotificationMetadata>
{
    protected override ParseResult<NotificationMetadata> Parse(ref Utf8JsonReader reader) => NotificationMetadata.Parse(Text(ref reader));

    protected override string ValueOf(NotificationMetadata value) => value.Value;
}

internal sealed class NotificationTargetArnJsonConverter : AwsStringJsonConverter<NotificationTargetArn>
{
    protected override ParseResult<NotificationTargetArn> Parse(ref Utf8JsonReader reader) => NotificationTargetArn.Parse(Text(ref reader));

    protected override string ValueOf(NotificationTargetArn value) => value.Value;
}

internal sealed class RoleArnJsonConverter : AwsStringJsonConverter<RoleArn>
{
    protected override ParseResult<RoleArn> Parse(ref Utf8JsonReader reader) => RoleArn.Parse(Text(ref reader));

    protected override string ValueOf(RoleArn value) => value.Value;
}

/// <summary>HeartbeatTimeout as AWS writes it: a whole number of seconds.</summary>
internal sealed class HeartbeatTimeoutJsonConverter : AwsValueJsonConverter<HeartbeatTimeout>
{
    public override void Write(Utf8JsonWriter writer, HeartbeatTimeout value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Seconds);

    protected override ParseResult<HeartbeatTimeout> Parse(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var seconds)
            ? HeartbeatTimeout.Parse(seconds)
            : throw new JsonException($"HeartbeatTimeout is a whole number of seconds, not {reader.TokenType}.");
}
