using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Tests.AutoScaling;

namespace Lifecycle.Core.Tests;

/// <summary>
/// Every model of <see cref="LifecycleJsonContext"/> round-trips through System.Text.Json, in AWS's own shape: a
/// property per model. The requests are written as the SDK's own AWS writer writes them, the AppSpec parts with the
/// AppSpec's keys, and the value types as plain values.
/// </summary>
public partial class LifecycleJsonContextTests
{
    private static T RoundTrip<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Deserialize(JsonSerializer.Serialize(value, type), type)!;

    [Property(Arbitrary = [typeof(ValidRequests)])]
    public bool Property_APutLifecycleHookRequest_RoundTrips_AsTheAwsShape(PutLifecycleHookRequest request) =>
        RoundTrip(request, LifecycleJsonContext.Default.PutLifecycleHookRequest) == request
        && JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(request, LifecycleJsonContext.Default.PutLifecycleHookRequest)),
            JsonNode.Parse(LifecycleHookJson.Serialize(request)));

    [Property(Arbitrary = [typeof(ValidRequests)])]
    public bool Property_ALifecycleHookSpecification_RoundTrips_AsTheAwsShape(PutLifecycleHookRequest request)
    {
        var specification = new LifecycleHookSpecification
        {
            LifecycleHookName = request.LifecycleHookName, LifecycleTransition = request.LifecycleTransition, RoleARN = request.RoleARN,
            NotificationTargetARN = request.NotificationTargetARN, NotificationMetadata = request.NotificationMetadata,
            HeartbeatTimeout = request.HeartbeatTimeout, DefaultResult = request.DefaultResult,
        };
        return RoundTrip(specification, LifecycleJsonContext.Default.LifecycleHookSpecification) == specification
            && JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(specification, LifecycleJsonContext.Default.LifecycleHookSpecification)),
                JsonNode.Parse(LifecycleHookJson.Serialize(specification)));
    }

    [Property(Arbitrary = [typeof(ValidRequests)])]
    public bool Property_EveryValueOfAHook_RoundTrips_AsItsPlainValue(PutLifecycleHookRequest request)
    {
        var hook = new LifecycleHookRegistry(AutoScalingGroupName.Parse(request.AutoScalingGroupName!)).PutLifecycleHook(request).Value;
        var c = LifecycleJsonContext.Default;
        return Plain(hook.AutoScalingGroupName, c.AutoScalingGroupName, hook.AutoScalingGroupName.Value)
            && Plain(hook.LifecycleHookName, c.LifecycleHookName, hook.LifecycleHookName.Value)
            && Plain(hook.LifecycleTransition, c.LifecycleTransition, hook.LifecycleTransition.Value)
            && Plain(hook.DefaultResult, c.LifecycleActionResult, hook.DefaultResult.Value)
            && RoundTrip(hook.HeartbeatTimeout, c.HeartbeatTimeout) == hook.HeartbeatTimeout
            && JsonSerializer.Serialize(hook.HeartbeatTimeout, c.HeartbeatTimeout) == hook.HeartbeatTimeout.Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && (hook.RoleARN is not { } role || Plain(role, c.RoleArn, role.Value))
            && (hook.NotificationTargetARN is not { } target || Plain(target, c.NotificationTargetArn, target.Value))
            && (hook.NotificationMetadata is not { } metadata || Plain(metadata, c.NotificationMetadata, metadata.Value));
    }

    [Property(Arbitrary = [typeof(Ids)])]
    public bool Property_InstanceIdsAndTokens_RoundTrip_AsPlainStrings((InstanceId Id, LifecycleActionToken Token) pair) =>
        Plain(pair.Id, LifecycleJsonContext.Default.InstanceId, pair.Id.Value)
        && Plain(pair.Token, LifecycleJsonContext.Default.LifecycleActionToken, pair.Token.Value);

    [Property(Arbitrary = [typeof(AppSpecParts)])]
    public bool Property_AHookScript_RoundTrips_WithTheAppSpecsKeys(HookScript script)
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(script, LifecycleJsonContext.Default.HookScript))!.AsObject();
        return RoundTrip(script, LifecycleJsonContext.Default.HookScript) == script
            && json["location"]!.GetValue<string>() == script.Location
            && json["timeout"]!.GetValue<long>() == script.Timeout.Seconds
            && (string?)json["runas"] == script.RunAs;
    }

    [Property(Arbitrary = [typeof(AppSpecParts)])]
    public bool Property_AFilesEntry_AndACapacityProvider_RoundTrip((AppSpecFile File, EcsCapacityProvider Provider) parts) =>
        RoundTrip(parts.File, LifecycleJsonContext.Default.AppSpecFile) == parts.File
        && JsonSerializer.Serialize(parts.File, LifecycleJsonContext.Default.AppSpecFile) == JsonSerializer.Serialize(new { source = parts.File.Source, destination = parts.File.Destination })
        && RoundTrip(parts.Provider, LifecycleJsonContext.Default.EcsCapacityProvider) == parts.Provider;

    [Fact]
    public void AValueAwsWouldRefuse_FailsTheRead()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"not ok\"", LifecycleJsonContext.Default.LifecycleHookName));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("7201", LifecycleJsonContext.Default.HeartbeatTimeout));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"timeout\":30}", LifecycleJsonContext.Default.HookScript)); // location is required
    }

    private static bool Plain<T>(T value, JsonTypeInfo<T> type, string wire) =>
        JsonSerializer.Serialize(value, type) == JsonSerializer.Serialize(wire) && EqualityComparer<T>.Default.Equals(RoundTrip(value, type), value);

    public static class Ids
    {
        public static Arbitrary<(InstanceId, LifecycleActionToken)> Pairs() => Arb.From(
            from id in Gen.Choose(1, 19).SelectMany(n => Gen.ArrayOf(Gen.Elements("0123456789abcdef-i".ToCharArray()), n)).Select(c => InstanceId.Parse(new string(c)))
            from token in Gen.Fresh(() => LifecycleActionToken.Parse(Guid.NewGuid().ToString()))
            select (id, token));
    }

    public static class AppSpecParts
    {
        private static readonly Gen<string> Word = Gen.Elements("scripts/start.sh", "/opt/app", "a b", "ünï", "\"quoted\"", "x");

        public static Arbitrary<HookScript> Scripts() => Arb.From(
            from location in Word
            from timeout in Gen.Elements(1L, 30L, 3600L, long.MaxValue)
            from runas in Gen.Elements<string?>(null, "ec2-user", "root")
            select new HookScript { Location = location, Timeout = ScriptTimeout.FromSeconds(timeout), RunAs = runas });

        public static Arbitrary<(AppSpecFile, EcsCapacityProvider)> Parts() => Arb.From(
            from source in Word
            from destination in Word
            from provider in Gen.Elements("FARGATE", "FARGATE_SPOT")
            from weight in Gen.Choose(0, 1000)
            from @base in Gen.Choose(0, 100_000)
            select (new AppSpecFile { Source = source, Destination = destination }, new EcsCapacityProvider { CapacityProvider = provider, Base = @base, Weight = weight }));
    }
}
