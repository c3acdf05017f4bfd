using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.CodeDeploy.Planning;

/// <summary>
/// The lifecycle events of a deployment, in order, for every case the documentation describes (reference §7.1
/// EC2/On-Premises with its availability table, §7.2 Lambda, §7.3 ECS, §7.5 rollback), with the revision each
/// scriptable event takes its scripts from (§4.2).
/// </summary>
public static class LifecycleEventOrder
{
    private static readonly string[] InPlaceWithLoadBalancer =
    [
        "Start", "BeforeBlockTraffic", "BlockTraffic", "AfterBlockTraffic", "ApplicationStop", "DownloadBundle", "BeforeInstall", "Install",
        "AfterInstall", "ApplicationStart", "ValidateService", "BeforeAllowTraffic", "AllowTraffic", "AfterAllowTraffic", "End",
    ];

    private static readonly string[] InPlaceWithoutLoadBalancer =
        ["Start", "ApplicationStop", "DownloadBundle", "BeforeInstall", "Install", "AfterInstall", "ApplicationStart", "ValidateService", "End"];

    private static readonly string[] BlueGreenReplacement =
    [
        "Start", "ApplicationStop", "DownloadBundle", "BeforeInstall", "Install", "AfterInstall", "ApplicationStart", "ValidateService",
        "BeforeAllowTraffic", "AllowTraffic", "AfterAllowTraffic", "End",
    ];

    private static readonly string[] BlockTraffic = ["Start", "BeforeBlockTraffic", "BlockTraffic", "AfterBlockTraffic", "End"];

    private static readonly string[] AllowTraffic = ["Start", "BeforeAllowTraffic", "AllowTraffic", "AfterAllowTraffic", "End"];

    private static readonly string[] EcsWithTestListener =
    [
        "Start", "BeforeInstall", "Install", "AfterInstall", "AllowTestTraffic", "AfterAllowTestTraffic", "BeforeAllowTraffic", "AllowTraffic",
        "AfterAllowTraffic", "End",
    ];

    private static readonly string[] EcsWithoutTestListener =
        ["Start", "BeforeInstall", "Install", "AfterInstall", "BeforeAllowTraffic", "AllowTraffic", "AfterAllowTraffic", "End"];

    /// <summary>The events reserved for CodeDeploy: they run no scripts and invoke no functions.</summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Start", "End", "DownloadBundle", "Install", "BlockTraffic", "AllowTraffic", "AllowTestTraffic",
    };

    /// <summary>The event sequence of a scenario.</summary>
    /// <param name="scenario">The platform, deployment type, instances, load balancer, rollback and test listener.</param>
    /// <returns>The events in the order they run.</returns>
    public static IReadOnlyList<LifecycleEventDefinition> For(DeploymentScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var names = Names(scenario);
        var scope = scenario.Platform == ComputePlatform.Server ? EventScope.PerInstance : EventScope.PerDeployment;
        var blueGreenRollback = scenario.Rollback && scenario.DeploymentType == DeploymentType.BlueGreen;
        return [.. names.Select(name => Reserved.Contains(name)
            ? new LifecycleEventDefinition(LifecycleEventName.FromValidated(name), scriptable: false, scope, revision: null)
            : new LifecycleEventDefinition(LifecycleEventName.FromValidated(name), scriptable: true, scope, scenario.Platform == ComputePlatform.Server ? Source(name, blueGreenRollback) : RevisionSource.Current))];
    }

    private static string[] Names(DeploymentScenario s) => s.Platform switch
    {
        ComputePlatform.Lambda => AllowTraffic,
        ComputePlatform.Ecs => s.TestListener ? EcsWithTestListener : EcsWithoutTestListener,

        // §7.1 footnote: an in-place rollback runs the in-place sequence.
        _ when s.DeploymentType == DeploymentType.InPlace => s.LoadBalancer ? InPlaceWithLoadBalancer : InPlaceWithoutLoadBalancer,

        // §7.1 availability table and §7.5: a blue/green rollback allows traffic back to the original instances and
        // blocks it from the replacement ones.
        _ when s.Rollback => s.Instances == InstanceGroup.Original ? AllowTraffic : BlockTraffic,
        _ => s.Instances == InstanceGroup.Original ? BlockTraffic : BlueGreenReplacement,
    };

    // §4.2: the agent's mapping, with its rollback column used only for blue/green rollbacks.
    private static RevisionSource Source(string name, bool blueGreenRollback) => name switch
    {
        "BeforeBlockTraffic" or "AfterBlockTraffic" => blueGreenRollback ? RevisionSource.MostRecent : RevisionSource.LastSuccessful,
        "ApplicationStop" => RevisionSource.LastSuccessful,
        "BeforeAllowTraffic" or "AfterAllowTraffic" => blueGreenRollback ? RevisionSource.LastSuccessful : RevisionSource.Current,
        _ => RevisionSource.Current,
    };
}
