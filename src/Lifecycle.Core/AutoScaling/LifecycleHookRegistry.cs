using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;
using static Lifecycle.Core.AutoScaling.AutoScalingDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling;

/// <summary>
/// The lifecycle hooks of one Auto Scaling group, kept in memory, with the behaviour of the AWS API
/// (reference §1.2-§1.7, §2.9): PutLifecycleHook creates or updates, DescribeLifecycleHooks lists,
/// DeleteLifecycleHook removes, at most <see cref="MaxHooksPerGroup"/> hooks. Every failure a caller can
/// cause is an <see cref="Result{T}"/>, never an exception. Not thread-safe: give each thread its own,
/// or lock around calls.
/// </summary>
public sealed class LifecycleHookRegistry
{
    /// <summary>The quota of lifecycle hooks per Auto Scaling group (§2.5).</summary>
    public const int MaxHooksPerGroup = 50;

    /// <summary>The most hook names one DescribeLifecycleHooks call may give (§1.3).</summary>
    public const int MaxDescribeNames = 50;

    private static readonly IReadOnlyList<string> HookTypes = [.. LifecycleTransition.All.Select(t => t.Value)];

    // Keyed by name, ordinal (case-sensitive: an assumption, docs/autoscaling-hooks.md); kept in creation order.
    private readonly OrderedDictionary<string, LifecycleHook> _hooks = new(StringComparer.Ordinal);

    /// <summary>Creates the empty registry of a group.</summary>
    /// <param name="autoScalingGroupName">The group whose hooks this registry holds.</param>
    public LifecycleHookRegistry(AutoScalingGroupName autoScalingGroupName)
    {
        if (autoScalingGroupName.Value.Length == 0)
        {
            throw new ArgumentException("The group name is empty: create it with AutoScalingGroupName.Parse or Create.", nameof(autoScalingGroupName));
        }

        AutoScalingGroupName = autoScalingGroupName;
    }

    /// <summary>The group whose hooks this registry holds.</summary>
    public AutoScalingGroupName AutoScalingGroupName { get; }

    /// <summary>How many hooks the group has.</summary>
    public int Count => _hooks.Count;

    /// <summary>Counts the changes to the hooks, so that a reader may cache what it derives from them.</summary>
    internal int Version { get; private set; }

    /// <summary>The group's hooks in the order they were created.</summary>
    public IReadOnlyList<LifecycleHook> LifecycleHooks => [.. _hooks.Values];

    /// <summary>
    /// CreateAutoScalingGroup with a <c>LifecycleHookSpecificationList</c>: a registry whose hooks exist
    /// before the first instance launches (§1.8, §2.5). Every hook must share one notification target and role.
    /// </summary>
    /// <param name="autoScalingGroupName">The new group.</param>
    /// <param name="lifecycleHookSpecificationList">The hooks to create with it.</param>
    /// <returns>The registry, or the error the service would return.</returns>
    public static Result<LifecycleHookRegistry> CreateWithSpecifications(
        AutoScalingGroupName autoScalingGroupName, IEnumerable<LifecycleHookSpecification> lifecycleHookSpecificationList)
    {
        ArgumentNullException.ThrowIfNull(lifecycleHookSpecificationList);
        var specifications = lifecycleHookSpecificationList.ToList();
        var registry = new LifecycleHookRegistry(autoScalingGroupName);
        var diagnostics = new List<Diagnostic>();
        for (var i = 0; i < specifications.Count; i++)
        {
            diagnostics.AddRange(specifications[i].Validate().Select(d => d.WithPathPrefix($"LifecycleHookSpecificationList[{i}]")));
        }

        diagnostics.AddRange(SpecificationListRules.Check(specifications));
        if (diagnostics.Any(d => d.IsError))
        {
            return Result.Failure<LifecycleHookRegistry>(diagnostics);
        }

        if (specifications.Count > MaxHooksPerGroup)
        {
            return Result.Failure<LifecycleHookRegistry>(LimitDiagnostic(specifications.Count));
        }

        foreach (var specification in specifications)
        {
            var hook = registry.ToHook(specification.ToPutLifecycleHookRequest(autoScalingGroupName.Value));
            registry._hooks[hook.LifecycleHookName.Value] = hook;
        }

        return Result.Success<LifecycleHookRegistry>(registry, diagnostics);
    }

    /// <summary>
    /// PutLifecycleHook: creates the hook, or updates the one with the same name. An update keeps every
    /// member the request leaves out; an empty NotificationTargetARN clears the target (§2.9).
    /// </summary>
    /// <param name="request">The request as the user wrote it.</param>
    /// <returns>The hook as it now stands, or the error the service would return.</returns>
    public Result<LifecycleHook> PutLifecycleHook(PutLifecycleHookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.AutoScalingGroupName is { Length: > 0 } group && group != AutoScalingGroupName.Value)
        {
            return Result.Failure<LifecycleHook>(GroupNotFoundDiagnostic(group));
        }

        var exists = request.LifecycleHookName is not null && _hooks.ContainsKey(request.LifecycleHookName);
        var effective = exists ? Merge(_hooks[request.LifecycleHookName!], request) : request;
        var diagnostics = effective.Validate();
        if (diagnostics.Any(d => d.IsError))
        {
            return Result.Failure<LifecycleHook>(diagnostics);
        }

        if (!exists && _hooks.Count >= MaxHooksPerGroup)
        {
            return Result.Failure<LifecycleHook>(LimitDiagnostic(_hooks.Count + 1));
        }

        var hook = ToHook(effective);
        _hooks[hook.LifecycleHookName.Value] = hook;
        Version++;
        return Result.Success<LifecycleHook>(hook, diagnostics);
    }

    /// <summary>DescribeLifecycleHooks: every hook, or the named ones (at most 50 names; unknown names are left out).</summary>
    /// <param name="lifecycleHookNames">The names to describe; null or empty for all.</param>
    /// <returns>The hooks in creation order, or the error the service would return.</returns>
    public Result<IReadOnlyList<LifecycleHook>> DescribeLifecycleHooks(IEnumerable<LifecycleHookName>? lifecycleHookNames = null)
    {
        var names = lifecycleHookNames?.ToList() ?? [];
        if (names.Count == 0)
        {
            return Result.Success<IReadOnlyList<LifecycleHook>>(LifecycleHooks, []);
        }

        var diagnostics = new List<Diagnostic>();
        if (names.Count > MaxDescribeNames)
        {
            diagnostics.Add(new Diagnostic(TooManyHookNames, DiagnosticSeverity.Error,
                $"LifecycleHookNames has {names.Count} names, but DescribeLifecycleHooks takes at most {MaxDescribeNames}. Describe them in several calls, or give no names to describe every hook.",
                "LifecycleHookNames"));
        }

        if (diagnostics.Count > 0)
        {
            return Result.Failure<IReadOnlyList<LifecycleHook>>(diagnostics);
        }

        var wanted = names.ToHashSet();
        IReadOnlyList<LifecycleHook> hooks = [.. _hooks.Values.Where(h => wanted.Contains(h.LifecycleHookName))];
        return Result.Success(hooks);
    }

    /// <summary>Finds a hook by name.</summary>
    /// <param name="lifecycleHookName">The name.</param>
    /// <param name="hook">The hook when found.</param>
    /// <returns>True when the group has a hook of that name.</returns>
    public bool TryGetLifecycleHook(LifecycleHookName lifecycleHookName, out LifecycleHook hook) =>
        _hooks.TryGetValue(lifecycleHookName.Value, out hook!);

    /// <summary>
    /// DeleteLifecycleHook: removes the hook. (Outstanding lifecycle actions are completed by the simulator:
    /// ABANDON for launching instances, CONTINUE for terminating ones, §1.4.)
    /// </summary>
    /// <param name="lifecycleHookName">The hook to delete.</param>
    /// <returns>The deleted hook, or a ValidationError when the group has no such hook.</returns>
    public Result<LifecycleHook> DeleteLifecycleHook(LifecycleHookName lifecycleHookName)
    {
        if (!_hooks.Remove(lifecycleHookName.Value, out var hook))
        {
            return Result.Failure<LifecycleHook>(new Diagnostic(HookNotFound, DiagnosticSeverity.Error,
                $"No Lifecycle Hook found named {MessageText.Quote(lifecycleHookName.Value)} in Auto Scaling group {MessageText.Quote(AutoScalingGroupName.Value)}. "
                + "Check the name (names are case-sensitive) with DescribeLifecycleHooks.",
                "LifecycleHookName"));
        }

        Version++;
        return Result.Success(hook);
    }

    /// <summary>DescribeLifecycleHookTypes: the two transitions, as the API lists them (§1.7).</summary>
    /// <returns><c>autoscaling:EC2_INSTANCE_LAUNCHING</c> and <c>autoscaling:EC2_INSTANCE_TERMINATING</c>.</returns>
    public static IReadOnlyList<string> DescribeLifecycleHookTypes() => HookTypes;

    // §2.9: an update keeps what it does not name. The result is checked with the same rules as a new hook.
    private static PutLifecycleHookRequest Merge(LifecycleHook existing, PutLifecycleHookRequest update) => update with
    {
        LifecycleTransition = update.LifecycleTransition ?? existing.LifecycleTransition.Value,
        RoleARN = update.RoleARN ?? existing.RoleARN?.Value,
        NotificationTargetARN = update.NotificationTargetARN ?? existing.NotificationTargetARN?.Value,
        NotificationMetadata = update.NotificationMetadata ?? existing.NotificationMetadata?.Value,
        HeartbeatTimeout = update.HeartbeatTimeout ?? existing.HeartbeatTimeout.Seconds,
        DefaultResult = update.DefaultResult ?? existing.DefaultResult.Value,
    };

    // Called only on a request that passed validation, so every value is taken as it is.
    private LifecycleHook ToHook(PutLifecycleHookRequest valid) => LifecycleHook.FromValidated(valid, AutoScalingGroupName);

    private Diagnostic GroupNotFoundDiagnostic(string group) => new(GroupNotFound, DiagnosticSeverity.Error,
        $"AutoScalingGroupName {MessageText.Quote(group)} names another group than this registry's {MessageText.Quote(AutoScalingGroupName.Value)}. "
        + "Send the request to the registry of that group.",
        "AutoScalingGroupName");

    private static Diagnostic LimitDiagnostic(int count) => new(HookLimitExceeded, DiagnosticSeverity.Error,
        $"This would give the group {count} lifecycle hooks, but an Auto Scaling group has at most {MaxHooksPerGroup}. Delete a hook first, or combine hooks that do the same work.",
        "LifecycleHookName");
}
