namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>The lifecycle event names per compute platform (reference §3, §7.1-§7.3).</summary>
internal static class LifecycleEventNames
{
    // The spellings live in LifecycleEventName; these lists say which platform has which.
    private static readonly LifecycleEventName ApplicationStop = LifecycleEventName.ApplicationStop, BeforeInstall = LifecycleEventName.BeforeInstall,
        AfterInstall = LifecycleEventName.AfterInstall, ApplicationStart = LifecycleEventName.ApplicationStart, ValidateService = LifecycleEventName.ValidateService,
        BeforeBlockTraffic = LifecycleEventName.BeforeBlockTraffic, AfterBlockTraffic = LifecycleEventName.AfterBlockTraffic,
        BeforeAllowTraffic = LifecycleEventName.BeforeAllowTraffic, AfterAllowTraffic = LifecycleEventName.AfterAllowTraffic,
        AfterAllowTestTraffic = LifecycleEventName.AfterAllowTestTraffic;

    /// <summary>EC2/On-Premises events that run scripts.</summary>
    public static readonly string[] ServerScriptable = Names(
        ApplicationStop, BeforeInstall, AfterInstall, ApplicationStart, ValidateService, BeforeBlockTraffic, AfterBlockTraffic, BeforeAllowTraffic, AfterAllowTraffic);

    /// <summary>
    /// Events reserved for CodeDeploy itself: they cannot run scripts. TestTraffic is in no event order the AWS docs
    /// give (the ECS order calls that step AllowTestTraffic), but the hooks page's note on ECS names it among the
    /// reserved events, so a hook of that name is refused too.
    /// </summary>
    public static readonly string[] Reserved = [.. Names(
        LifecycleEventName.DownloadBundle, LifecycleEventName.Install, LifecycleEventName.BlockTraffic, LifecycleEventName.AllowTraffic,
        LifecycleEventName.Start, LifecycleEventName.End, LifecycleEventName.AllowTestTraffic), "TestTraffic"];

    /// <summary>The traffic events, which run only with a load balancer in the deployment group.</summary>
    public static readonly string[] ServerTraffic = Names(BeforeBlockTraffic, AfterBlockTraffic, BeforeAllowTraffic, AfterAllowTraffic);

    /// <summary>Amazon ECS hook events.</summary>
    public static readonly string[] Ecs = Names(BeforeInstall, AfterInstall, AfterAllowTestTraffic, BeforeAllowTraffic, AfterAllowTraffic);

    /// <summary>AWS Lambda hook events.</summary>
    public static readonly string[] Lambda = Names(BeforeAllowTraffic, AfterAllowTraffic);

    /// <summary>The known name closest to <paramref name="name"/>: same letters in another case, or at most two edits away.</summary>
    public static string? Suggest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in known)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant(), bestDistance);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    // Levenshtein distance, giving up past the bound (names are short).
    private static int Distance(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) >= bound)
        {
            return bound;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string[] Names(params LifecycleEventName[] names) => [.. names.Select(n => n.Value)];
}
