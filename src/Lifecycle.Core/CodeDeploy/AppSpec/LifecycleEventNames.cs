using static Lifecycle.Core.CodeDeploy.LifecycleEventName;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>The lifecycle event names per compute platform (reference §3, §7.1-§7.3).</summary>
internal static class LifecycleEventNames
{
    // The spellings live in LifecycleEventName; these lists say which platform has which.

    /// <summary>EC2/On-Premises events that run scripts.</summary>
    public static readonly string[] ServerScriptable = Names(
        ApplicationStop, BeforeInstall, AfterInstall, ApplicationStart, ValidateService, BeforeBlockTraffic, AfterBlockTraffic, BeforeAllowTraffic, AfterAllowTraffic);

    /// <summary>
    /// Events reserved for CodeDeploy itself: they cannot run scripts. TestTraffic is in no event order the AWS docs
    /// give (the ECS order calls that step AllowTestTraffic), but the hooks page's note on ECS names it among the
    /// reserved events, so a hook of that name is refused too.
    /// </summary>
    public static readonly string[] Reserved = [.. Names(DownloadBundle, Install, BlockTraffic, AllowTraffic, Start, End, AllowTestTraffic), "TestTraffic"];

    /// <summary>The traffic events, which run only with a load balancer in the deployment group.</summary>
    public static readonly string[] ServerTraffic = Names(BeforeBlockTraffic, AfterBlockTraffic, BeforeAllowTraffic, AfterAllowTraffic);

    /// <summary>Amazon ECS hook events.</summary>
    public static readonly string[] Ecs = Names(BeforeInstall, AfterInstall, AfterAllowTestTraffic, BeforeAllowTraffic, AfterAllowTraffic);

    /// <summary>AWS Lambda hook events.</summary>
    public static readonly string[] Lambda = Names(BeforeAllowTraffic, AfterAllowTraffic);

    private static string[] Names(params LifecycleEventName[] names) => [.. names.Select(n => n.Value)];
}
