using Lifecycle.Core.CodeDeploy.AppSpec;
using static Lifecycle.Core.CodeDeploy.LifecycleEventName;

namespace Lifecycle.Core.CodeDeploy.Planning;

/// <summary>
/// The lifecycle events of a deployment, in order, for every case the documentation describes (reference §7.1
/// EC2/On-Premises with its availability table, §7.2 Lambda, §7.3 ECS, §7.5 rollback), with the revision each
/// scriptable event takes its scripts from (§4.2).
/// </summary>
public static class LifecycleEventOrder
{
    private static readonly LifecycleEventName[] InPlaceWithLoadBalancer =
    [
        Start, BeforeBlockTraffic, BlockTraffic, AfterBlockTraffic, ApplicationStop, DownloadBundle, BeforeInstall, Install,
        AfterInstall, ApplicationStart, ValidateService, BeforeAllowTraffic, AllowTraffic, AfterAllowTraffic, End,
    ];

    private static readonly LifecycleEventName[] InPlaceWithoutLoadBalancer =
        [Start, ApplicationStop, DownloadBundle, BeforeInstall, Install, AfterInstall, ApplicationStart, ValidateService, End];

    private static readonly LifecycleEventName[] BlueGreenReplacement =
    [
        Start, ApplicationStop, DownloadBundle, BeforeInstall, Install, AfterInstall, ApplicationStart, ValidateService,
        BeforeAllowTraffic, AllowTraffic, AfterAllowTraffic, End,
    ];

    private static readonly LifecycleEventName[] BlockTrafficOnly = [Start, BeforeBlockTraffic, BlockTraffic, AfterBlockTraffic, End];

    private static readonly LifecycleEventName[] AllowTrafficOnly = [Start, BeforeAllowTraffic, AllowTraffic, AfterAllowTraffic, End];

    private static readonly LifecycleEventName[] EcsWithTestListener =
    [
        Start, BeforeInstall, Install, AfterInstall, AllowTestTraffic, AfterAllowTestTraffic, BeforeAllowTraffic, AllowTraffic,
        AfterAllowTraffic, End,
    ];

    private static readonly LifecycleEventName[] EcsWithoutTestListener =
        [Start, BeforeInstall, Install, AfterInstall, BeforeAllowTraffic, AllowTraffic, AfterAllowTraffic, End];

    /// <summary>The event sequence of a scenario.</summary>
    /// <param name="scenario">The platform, deployment type, instances, load balancer, rollback and test listener.</param>
    /// <returns>The events in the order they run.</returns>
    public static IReadOnlyList<LifecycleEventDefinition> For(DeploymentScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var names = Names(scenario);
        var scope = scenario.Platform == ComputePlatform.Server ? EventScope.PerInstance : EventScope.PerDeployment;
        var blueGreenRollback = scenario.Rollback && scenario.DeploymentType == DeploymentType.BlueGreen;
        return [.. names.Select(name => name.IsReserved
            ? new LifecycleEventDefinition(name, scriptable: false, scope, revision: null)
            : new LifecycleEventDefinition(name, scriptable: true, scope, scenario.Platform == ComputePlatform.Server ? Source(name, blueGreenRollback) : RevisionSource.Current))];
    }

    private static LifecycleEventName[] Names(DeploymentScenario s) => s.Platform switch
    {
        ComputePlatform.Lambda => AllowTrafficOnly,
        ComputePlatform.Ecs => s.TestListener ? EcsWithTestListener : EcsWithoutTestListener,

        // §7.1 footnote: an in-place rollback runs the in-place sequence.
        _ when s.DeploymentType == DeploymentType.InPlace => s.LoadBalancer ? InPlaceWithLoadBalancer : InPlaceWithoutLoadBalancer,

        // §7.1 availability table and §7.5: a blue/green rollback allows traffic back to the original instances and
        // blocks it from the replacement ones.
        _ when s.Rollback => s.Instances == InstanceGroup.Original ? AllowTrafficOnly : BlockTrafficOnly,
        _ => s.Instances == InstanceGroup.Original ? BlockTrafficOnly : BlueGreenReplacement,
    };

    // §4.2: the agent's mapping, with its rollback column used only for blue/green rollbacks.
    private static RevisionSource Source(LifecycleEventName name, bool blueGreenRollback) =>
        name == BeforeBlockTraffic || name == AfterBlockTraffic ? (blueGreenRollback ? RevisionSource.MostRecent : RevisionSource.LastSuccessful)
        : name == ApplicationStop ? RevisionSource.LastSuccessful
        : name == BeforeAllowTraffic || name == AfterAllowTraffic ? (blueGreenRollback ? RevisionSource.LastSuccessful : RevisionSource.Current)
        : RevisionSource.Current;
}
