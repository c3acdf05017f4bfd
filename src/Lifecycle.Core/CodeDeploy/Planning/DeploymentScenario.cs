using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.CodeDeploy.Planning;

/// <summary>What decides a deployment's event sequence (reference §7.1-§7.5).</summary>
public sealed record DeploymentScenario
{
    /// <summary>The compute platform.</summary>
    public ComputePlatform Platform { get; init; } = ComputePlatform.Server;

    /// <summary>In-place or blue/green (EC2/On-Premises).</summary>
    public DeploymentType DeploymentType { get; init; } = DeploymentType.InPlace;

    /// <summary>Whether the deployment group has a load balancer (in-place EC2/On-Premises: the traffic events run only then).</summary>
    public bool LoadBalancer { get; init; }

    /// <summary>Original or replacement instances (blue/green).</summary>
    public InstanceGroup Instances { get; init; } = InstanceGroup.Replacement;

    /// <summary>Whether this deployment is an automatic or manual rollback (a new deployment of the last good revision).</summary>
    public bool Rollback { get; init; }

    /// <summary>Whether the ECS deployment group has a test listener (AllowTestTraffic and AfterAllowTestTraffic run only then).</summary>
    public bool TestListener { get; init; }
}
