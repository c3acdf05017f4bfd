using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

/// <summary>FsCheck generators of valid Auto Scaling values and requests.</summary>
internal static class Generators
{
    private static readonly char[] HookNameCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_/".ToCharArray();

    public static Gen<string> HookName { get; } = Gen.Frequency(
        (9, Gen.Choose(1, 24).SelectMany(n => Gen.ArrayOf(Gen.Elements(HookNameCharacters), n)).Select(c => new string(c))),
        (1, Gen.Constant(new string('h', 255))));

    public static Gen<string> GroupName { get; } = Gen.Choose(1, 30)
        .SelectMany(n => Gen.ArrayOf(Gen.Elements("abc XYZ-_.:é😀0".ToCharArray()), n))
        .Select(c => new string(c))
        .Where(s => !char.IsLowSurrogate(s[0]) && !char.IsHighSurrogate(s[^1]) && ValueParsing.Read<AutoScalingGroupName>(s).Succeeded);

    public static Gen<string> Transition { get; } = Gen.Elements("autoscaling:EC2_INSTANCE_LAUNCHING", "autoscaling:EC2_INSTANCE_TERMINATING");

    public static Gen<string> Result { get; } = Gen.Elements("CONTINUE", "ABANDON");

    public static Gen<string> Metadata { get; } = Gen.Choose(1, 60)
        .SelectMany(n => Gen.ArrayOf(Gen.Elements("ab{}\":, ~\t\n\r01".ToCharArray()), n))
        .Select(c => new string(c));

    public static Gen<string> TargetArn { get; } = Gen.Elements(
        "arn:aws:sqs:us-east-1:123456789012:hooks",
        "arn:aws:sns:eu-west-1:210987654321:lifecycle-topic");

    public static Gen<string> RoleArn { get; } = Gen.Elements(
        "arn:aws:iam::123456789012:role/asg-hooks",
        "arn:aws:iam::210987654321:role/path/publisher");

    public static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    public static Gen<int?> OptionalHeartbeat { get; } =
        Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(30, 7200).Select(v => (int?)v)));

    /// <summary>Valid requests that create a hook: a target always comes with a role.</summary>
    public static Gen<PutLifecycleHookRequest> ValidCreateRequest(Gen<string>? groupName = null) =>
        from name in HookName
        from g in groupName ?? GroupName
        from transition in Transition
        from notify in Gen.Elements(true, false)
        from target in TargetArn
        from role in RoleArn
        from metadata in Optional(Metadata)
        from heartbeat in OptionalHeartbeat
        from result in Optional(Result)
        select new PutLifecycleHookRequest
        {
            LifecycleHookName = name,
            AutoScalingGroupName = g,
            LifecycleTransition = transition,
            NotificationTargetARN = notify ? target : null,
            RoleARN = notify ? role : null,
            NotificationMetadata = metadata,
            HeartbeatTimeout = heartbeat,
            DefaultResult = result,
        };
}

/// <summary>FsCheck.Xunit arbitraries: <c>[Property(Arbitrary = [typeof(ValidRequests)])]</c> gives valid create requests.</summary>
public static class ValidRequests
{
    public static Arbitrary<PutLifecycleHookRequest> Requests() => Arb.From(Generators.ValidCreateRequest());
}
