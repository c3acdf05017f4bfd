using System.Diagnostics.CodeAnalysis;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>A hook of an ECS or Lambda AppSpec: a lifecycle event and the Lambda function CodeDeploy invokes for it.</summary>
public sealed record FunctionHook
{
    [SetsRequiredMembers]
    internal FunctionHook(LifecycleEventName lifecycleEvent, string functionName)
    {
        LifecycleEvent = lifecycleEvent;
        FunctionName = functionName;
    }

    /// <summary>Creates one; the compiler asks for the required members.</summary>
    public FunctionHook()
    {
    }

    /// <summary>The event, such as <c>BeforeAllowTraffic</c>.</summary>
    public required LifecycleEventName LifecycleEvent { get; init; }

    /// <summary>The function's name or ARN.</summary>
    public required string FunctionName { get; init; }
}

/// <summary>An Amazon ECS AppSpec (reference §7.3).</summary>
public sealed class EcsAppSpec
{
    /// <summary>The version as written (0.0).</summary>
    public required string Version { get; init; }

    /// <summary>The service to deploy.</summary>
    public required EcsTargetService TargetService { get; init; }

    /// <summary>The hooks in file order.</summary>
    public required IReadOnlyList<FunctionHook> Hooks { get; init; }
}

/// <summary>The TargetService of an ECS AppSpec and its Properties.</summary>
public sealed record EcsTargetService
{
    /// <summary>The task definition ARN to deploy.</summary>
    public required string TaskDefinition { get; init; }

    /// <summary>The container that receives traffic.</summary>
    public required string ContainerName { get; init; }

    /// <summary>The container's port.</summary>
    public required int ContainerPort { get; init; }

    /// <summary>The Fargate platform version; null means LATEST.</summary>
    public string? PlatformVersion { get; init; }

    /// <summary>The awsvpc subnets, when NetworkConfiguration is given.</summary>
    public IReadOnlyList<string> Subnets { get; init; } = [];

    /// <summary>The awsvpc security groups, when NetworkConfiguration is given.</summary>
    public IReadOnlyList<string> SecurityGroups { get; init; } = [];

    /// <summary>ENABLED or DISABLED, when NetworkConfiguration is given.</summary>
    public string? AssignPublicIp { get; init; }

    /// <summary>The capacity provider strategy, in order.</summary>
    public IReadOnlyList<EcsCapacityProvider> CapacityProviderStrategy { get; init; } = [];
}

/// <summary>One entry of an ECS CapacityProviderStrategy.</summary>
public sealed record EcsCapacityProvider
{
    [SetsRequiredMembers]
    internal EcsCapacityProvider(string capacityProvider, int @base, int weight)
    {
        CapacityProvider = capacityProvider;
        Base = @base;
        Weight = weight;
    }

    /// <summary>Creates one; the compiler asks for the required members.</summary>
    public EcsCapacityProvider()
    {
    }

    /// <summary>The provider's name.</summary>
    public required string CapacityProvider { get; init; }

    /// <summary>Tasks placed on it first (default 0).</summary>
    public required int Base { get; init; }

    /// <summary>Its share of the rest (default 0).</summary>
    public required int Weight { get; init; }
}

/// <summary>An AWS Lambda AppSpec (reference §7.2).</summary>
public sealed class LambdaAppSpec
{
    /// <summary>The version as written (0.0).</summary>
    public required string Version { get; init; }

    /// <summary>The name the AppSpec gives the resource (the key above Type).</summary>
    public required string ResourceName { get; init; }

    /// <summary>The function's name.</summary>
    public required string Name { get; init; }

    /// <summary>The alias whose traffic shifts.</summary>
    public required string Alias { get; init; }

    /// <summary>The version the alias points at now.</summary>
    public required int CurrentVersion { get; init; }

    /// <summary>The version it shifts to.</summary>
    public required int TargetVersion { get; init; }

    /// <summary>The hooks in file order.</summary>
    public required IReadOnlyList<FunctionHook> Hooks { get; init; }
}
