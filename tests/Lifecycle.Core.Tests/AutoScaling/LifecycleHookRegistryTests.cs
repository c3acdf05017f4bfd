using Lifecycle.Core.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.AutoScaling;

public class LifecycleHookRegistryTests
{
    private const string Launching = "autoscaling:EC2_INSTANCE_LAUNCHING";
    private const string Terminating = "autoscaling:EC2_INSTANCE_TERMINATING";
    private const string Queue = "arn:aws:sqs:us-east-1:123456789012:hooks";
    private const string Role = "arn:aws:iam::123456789012:role/hooks";

    private static LifecycleHookRegistry NewRegistry(string group = "web") => new(AutoScalingGroupName.Parse(group));

    private static PutLifecycleHookRequest Create(string name, string transition = Terminating, string group = "web") =>
        new() { LifecycleHookName = name, AutoScalingGroupName = group, LifecycleTransition = transition };

    [Fact]
    public void Put_NewHook_AppliesTheDefaults()
    {
        var registry = NewRegistry();

        var hook = registry.PutLifecycleHook(Create("drain")).Value;

        Assert.Equal("drain", hook.LifecycleHookName.Value);
        Assert.Equal("web", hook.AutoScalingGroupName.Value);
        Assert.Equal(LifecycleTransition.InstanceTerminating, hook.LifecycleTransition);
        Assert.Equal(3600, hook.HeartbeatTimeout.Seconds);
        Assert.Equal(172800, hook.GlobalTimeout);
        Assert.Equal(LifecycleActionResult.Abandon, hook.DefaultResult);
        Assert.Null(hook.NotificationTargetARN);
        Assert.Null(hook.RoleARN);
        Assert.Null(hook.NotificationMetadata);
    }

    [Fact]
    public void Put_NewHookWithoutTransition_IsAValidationError()
    {
        var result = NewRegistry().PutLifecycleHook(Create("drain") with { LifecycleTransition = null });

        Assert.False(result.Succeeded);
        Assert.Equal(AutoScalingError.ValidationError, AutoScalingError.Of(result)!.Code);
        Assert.Contains(result.Diagnostics, d => d.Code == "ASH201");
    }

    [Fact]
    public void Put_UpdateWithOnlyTheHeartbeat_KeepsEverythingElse()
    {
        // The User Guide's update example: put-lifecycle-hook with only name, group and --heartbeat-timeout 120 (§2.9).
        var registry = NewRegistry();
        registry.PutLifecycleHook(Create("drain") with
        {
            NotificationTargetARN = Queue,
            RoleARN = Role,
            NotificationMetadata = "meta",
            DefaultResult = "CONTINUE",
            HeartbeatTimeout = 600,
        });

        var updated = registry.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "drain",
            AutoScalingGroupName = "web",
            HeartbeatTimeout = 120,
        }).Value;

        Assert.Equal(120, updated.HeartbeatTimeout.Seconds);
        Assert.Equal(12000, updated.GlobalTimeout);
        Assert.Equal(LifecycleTransition.InstanceTerminating, updated.LifecycleTransition);
        Assert.Equal(Queue, updated.NotificationTargetARN!.Value.Value);
        Assert.Equal(Role, updated.RoleARN!.Value.Value);
        Assert.Equal("meta", updated.NotificationMetadata!.Value.Value);
        Assert.Equal(LifecycleActionResult.Continue, updated.DefaultResult);
        Assert.Equal(1, registry.Count);
    }

    [Fact]
    public void Put_UpdateWithEmptyTarget_ClearsTheTarget()
    {
        var registry = NewRegistry();
        registry.PutLifecycleHook(Create("drain") with { NotificationTargetARN = Queue, RoleARN = Role });

        var updated = registry.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "drain",
            AutoScalingGroupName = "web",
            NotificationTargetARN = "",
        });

        Assert.True(updated.Succeeded);
        Assert.Null(updated.Value.NotificationTargetARN);
        Assert.Contains(updated.Diagnostics, d => d.Code == "ASH152"); // the role is left without a target
    }

    [Fact]
    public void Put_UpdateAddingTarget_UsesTheRoleTheHookAlreadyHas_OrRequiresOne()
    {
        var registry = NewRegistry();
        registry.PutLifecycleHook(Create("with-role") with { NotificationTargetARN = Queue, RoleARN = Role });
        registry.PutLifecycleHook(Create("without-role"));

        var keepsRole = registry.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "with-role",
            AutoScalingGroupName = "web",
            NotificationTargetARN = "arn:aws:sns:us-east-1:123456789012:other",
        });
        var needsRole = registry.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "without-role",
            AutoScalingGroupName = "web",
            NotificationTargetARN = Queue,
        });

        Assert.True(keepsRole.Succeeded);
        Assert.False(needsRole.Succeeded);
        Assert.Contains(needsRole.Diagnostics, d => d.Code == "ASH202");
    }

    [Fact]
    public void Put_FailedUpdate_LeavesTheHookUnchanged()
    {
        var registry = NewRegistry();
        var before = registry.PutLifecycleHook(Create("drain") with { HeartbeatTimeout = 300 }).Value;

        var result = registry.PutLifecycleHook(Create("drain") with { HeartbeatTimeout = 9000 });

        Assert.False(result.Succeeded);
        Assert.True(registry.TryGetLifecycleHook(LifecycleHookName.Parse("drain"), out var after));
        Assert.Equal(before, after);
    }

    [Fact]
    public void Put_TheFiftyFirstHook_IsLimitExceeded_ButUpdatesStillWork()
    {
        var registry = NewRegistry();
        for (var i = 0; i < 50; i++)
        {
            Assert.True(registry.PutLifecycleHook(Create($"hook-{i}")).Succeeded);
        }

        var extra = registry.PutLifecycleHook(Create("hook-50"));
        var update = registry.PutLifecycleHook(Create("hook-7") with { HeartbeatTimeout = 60 });

        Assert.Equal(AutoScalingError.LimitExceeded, AutoScalingError.Of(extra)!.Code);
        Assert.Contains(extra.Diagnostics, d => d.Code == "ASH203");
        Assert.True(update.Succeeded);
        Assert.Equal(50, registry.Count);
    }

    [Fact]
    public void Put_AnotherGroup_IsRefused()
    {
        var result = NewRegistry().PutLifecycleHook(Create("drain", group: "api"));

        Assert.Equal(AutoScalingError.ValidationError, AutoScalingError.Of(result)!.Code);
        Assert.Equal("ASH206", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Put_NamesAreCaseSensitive()
    {
        var registry = NewRegistry();
        registry.PutLifecycleHook(Create("Drain"));
        registry.PutLifecycleHook(Create("drain"));

        Assert.Equal(2, registry.Count);
    }

    [Fact]
    public void Describe_ReturnsHooksInCreationOrder_OptionallyByName()
    {
        var registry = NewRegistry();
        registry.PutLifecycleHook(Create("b"));
        registry.PutLifecycleHook(Create("a", Launching));
        registry.PutLifecycleHook(Create("c"));

        var all = registry.DescribeLifecycleHooks().Value.Select(h => h.LifecycleHookName.Value);
        var some = registry.DescribeLifecycleHooks(Names("c", "b", "missing")).Value.Select(h => h.LifecycleHookName.Value);

        Assert.Equal(["b", "a", "c"], all);
        Assert.Equal(["b", "c"], some);
    }

    [Fact]
    public void Describe_MoreThan50Names_IsAValidationError()
    {
        var names = Enumerable.Range(0, 51).Select(i => LifecycleHookName.Parse($"h{i}"));

        var result = NewRegistry().DescribeLifecycleHooks(names);

        Assert.Equal(AutoScalingError.ValidationError, AutoScalingError.Of(result)!.Code);
        Assert.Contains(result.Diagnostics, d => d.Code == "ASH204");
        Assert.True(NewRegistry().DescribeLifecycleHooks(Enumerable.Range(0, 50).Select(i => LifecycleHookName.Parse($"h{i}"))).Succeeded);
    }

    [Fact]
    public void Describe_AnInvalidName_CannotBeMade_ItsParseSaysWhy()
    {
        var e = Assert.Throws<DiagnosticFormatException>(() => LifecycleHookName.Parse("not ok"));

        var error = Assert.Single(e.Diagnostics);
        Assert.Equal("ASH103", error.Code);
        Assert.Equal("LifecycleHookName", error.Path);
        Assert.False(LifecycleHookName.TryParse("not ok", out _));
    }

    [Fact]
    public void Delete_RemovesTheHook_AndAMissingHookIsNotFound()
    {
        var registry = NewRegistry();
        registry.PutLifecycleHook(Create("drain"));

        var deleted = registry.DeleteLifecycleHook(LifecycleHookName.Parse("drain"));
        var again = registry.DeleteLifecycleHook(LifecycleHookName.Parse("drain"));

        Assert.Equal("drain", deleted.Value.LifecycleHookName.Value);
        Assert.Equal(0, registry.Count);
        Assert.Equal(AutoScalingError.ValidationError, AutoScalingError.Of(again)!.Code);
        Assert.Contains("No Lifecycle Hook found", AutoScalingError.Of(again)!.Message, StringComparison.Ordinal);
        Assert.Equal("ASH205", Assert.Single(again.Diagnostics).Code);
    }

    private static LifecycleHookName[] Names(params string[] names) => [.. names.Select(LifecycleHookName.Parse)];

    [Fact]
    public void DescribeLifecycleHookTypes_MatchesTheModelExample() =>
        Assert.Equal(["autoscaling:EC2_INSTANCE_LAUNCHING", "autoscaling:EC2_INSTANCE_TERMINATING"], LifecycleHookRegistry.DescribeLifecycleHookTypes());

    [Fact]
    public void Moto_TestAutoscalingLifecyclehook_PutDescribeDelete()
    {
        // Reference §3.1: moto's test_autoscaling_lifecyclehook, as data. Group "test_asg", hook "test-lifecyclehook".
        var registry = NewRegistry("test_asg");

        var put = registry.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "test-lifecyclehook",
            AutoScalingGroupName = "test_asg",
            LifecycleTransition = "autoscaling:EC2_INSTANCE_TERMINATING",
        });
        var described = registry.DescribeLifecycleHooks(Names("test-lifecyclehook")).Value;
        var hook = Assert.Single(described);
        registry.DeleteLifecycleHook(LifecycleHookName.Parse("test-lifecyclehook"));
        var afterDelete = registry.DescribeLifecycleHooks(Names("test-lifecyclehook")).Value;

        Assert.True(put.Succeeded);
        Assert.Equal("test-lifecyclehook", hook.LifecycleHookName.Value);
        Assert.Equal("test_asg", hook.AutoScalingGroupName.Value);
        Assert.Equal("autoscaling:EC2_INSTANCE_TERMINATING", hook.LifecycleTransition.Value);
        Assert.Empty(afterDelete);
    }

    [Fact]
    public void CreateWithSpecifications_CreatesEveryHook()
    {
        var result = LifecycleHookRegistry.CreateWithSpecifications(AutoScalingGroupName.Parse("web"),
        [
            new LifecycleHookSpecification { LifecycleHookName = "launch", LifecycleTransition = Launching, HeartbeatTimeout = 120 },
            new LifecycleHookSpecification { LifecycleHookName = "terminate", LifecycleTransition = Terminating },
        ]);

        Assert.Equal(["launch", "terminate"], result.Value.LifecycleHooks.Select(h => h.LifecycleHookName.Value));
        Assert.Equal(120, result.Value.LifecycleHooks[0].HeartbeatTimeout.Seconds);
    }

    [Fact]
    public void CreateWithSpecifications_DifferentTargets_Duplicates_AndBadValues_AreRefused()
    {
        var result = LifecycleHookRegistry.CreateWithSpecifications(AutoScalingGroupName.Parse("web"),
        [
            new LifecycleHookSpecification { LifecycleHookName = "a", LifecycleTransition = Launching, NotificationTargetARN = Queue, RoleARN = Role },
            new LifecycleHookSpecification { LifecycleHookName = "a", LifecycleTransition = Terminating, NotificationTargetARN = "arn:aws:sns:us-east-1:123456789012:t", RoleARN = Role },
            new LifecycleHookSpecification { LifecycleHookName = "c", LifecycleTransition = Launching, HeartbeatTimeout = 10 },
        ]);

        Assert.Equal(AutoScalingError.ValidationError, AutoScalingError.Of(result)!.Code);
        var found = result.Diagnostics.Select(d => (d.Code, d.Path)).ToList();
        Assert.Contains(("ASH207", "LifecycleHookSpecificationList"), found);
        Assert.Contains(("ASH208", "LifecycleHookSpecificationList[1].LifecycleHookName"), found);
        Assert.Contains(("ASH108", "LifecycleHookSpecificationList[2].HeartbeatTimeout"), found);
    }

    [Fact]
    public void Constructor_DefaultGroupName_Throws() =>
        Assert.Throws<ArgumentException>(() => new LifecycleHookRegistry(default));

    [Property(Arbitrary = [typeof(RegistryArbitraries)])]
    public bool Property_NeverMoreThan50Hooks(RegistryOperation[] operations)
    {
        var registry = NewRegistry();
        foreach (var op in operations)
        {
            _ = op.Put is { } put ? (object)registry.PutLifecycleHook(put) : registry.DeleteLifecycleHook(LifecycleHookName.Parse(op.Delete!));
            if (registry.Count > LifecycleHookRegistry.MaxHooksPerGroup || registry.DescribeLifecycleHooks().Value.Count != registry.Count)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(RegistryArbitraries)], MaxTest = PropertyCases.Default / 15)]
    public bool Property_TheFiftyFirstDistinctHookIsAlwaysRefused(DistinctHookNames names)
    {
        var registry = NewRegistry();
        var outcomes = names.Names.Select(n => registry.PutLifecycleHook(Create(n)).Succeeded).ToList();
        return outcomes.Take(50).All(ok => ok) && outcomes.Skip(50).All(ok => !ok) && registry.Count == 50;
    }

    [Property(Arbitrary = [typeof(RegistryArbitraries)])]
    public bool Property_AnUpdateNeverLosesAFieldItDidNotName(HookUpdate pair)
    {
        var registry = NewRegistry();
        var before = registry.PutLifecycleHook(pair.Create).Value;
        var after = registry.PutLifecycleHook(pair.Update).Value;
        var u = pair.Update;
        return after.HeartbeatTimeout.Seconds == (u.HeartbeatTimeout ?? before.HeartbeatTimeout.Seconds)
            && after.DefaultResult.Value == (u.DefaultResult ?? before.DefaultResult.Value)
            && after.NotificationMetadata?.Value == (u.NotificationMetadata ?? before.NotificationMetadata?.Value)
            && after.LifecycleTransition.Value == (u.LifecycleTransition ?? before.LifecycleTransition.Value)
            && after.NotificationTargetARN == before.NotificationTargetARN
            && after.RoleARN == before.RoleARN
            && after.GlobalTimeout == after.HeartbeatTimeout.GlobalTimeoutSeconds;
    }

    /// <summary>A put of a valid request to group web (one of 70 names), or a delete of one of those names.</summary>
    public sealed record RegistryOperation(PutLifecycleHookRequest? Put, string? Delete);

    /// <summary>More than 50 distinct valid hook names.</summary>
    public sealed record DistinctHookNames(IReadOnlyList<string> Names);

    /// <summary>A hook created, then an update that names some of its fields.</summary>
    public sealed record HookUpdate(PutLifecycleHookRequest Create, PutLifecycleHookRequest Update);

    public static class RegistryArbitraries
    {
        public static Arbitrary<RegistryOperation> Operations() => Arb.From(Gen.OneOf(
            Generators.ValidCreateRequest(Gen.Constant("web"))
                .Select(r => new RegistryOperation(r with { LifecycleHookName = $"h{r.LifecycleHookName!.Length % 70}" }, null)),
            Gen.Choose(0, 70).Select(i => new RegistryOperation(null, $"h{i}"))));

        public static Arbitrary<DistinctHookNames> Names() => Arb.From(
            Gen.ListOf(Generators.HookName).Select(l => l.Distinct(StringComparer.Ordinal).ToList()).Where(l => l.Count > 50)
                .Select(l => new DistinctHookNames(l)));

        public static Arbitrary<HookUpdate> Updates() => Arb.From(
            from create in Generators.ValidCreateRequest(Gen.Constant("web"))
            from heartbeat in Generators.OptionalHeartbeat
            from result in Generators.Optional(Generators.Result)
            from metadata in Generators.Optional(Generators.Metadata)
            from transition in Generators.Optional(Generators.Transition)
            select new HookUpdate(create, new PutLifecycleHookRequest
            {
                LifecycleHookName = create.LifecycleHookName,
                AutoScalingGroupName = "web",
                HeartbeatTimeout = heartbeat,
                DefaultResult = result,
                NotificationMetadata = metadata,
                LifecycleTransition = transition,
            }));
    }
}
