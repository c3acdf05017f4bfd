using System.Text.Json.Serialization;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.CodeDeploy.Planning;

/// <summary>A deployment's lifecycle events in order, each with what it runs.</summary>
public sealed class DeploymentPlan
{
    [JsonConstructor]
    internal DeploymentPlan(DeploymentScenario scenario, IReadOnlyList<PlannedEvent> events)
    {
        Scenario = scenario;
        Events = events;
    }

    /// <summary>The scenario the plan is for.</summary>
    public DeploymentScenario Scenario { get; }

    /// <summary>The compute platform.</summary>
    public ComputePlatform Platform => Scenario.Platform;

    /// <summary>Every event in order, reserved ones included.</summary>
    public IReadOnlyList<PlannedEvent> Events { get; }
}

/// <summary>One event of a plan.</summary>
public sealed record PlannedEvent
{
    [JsonConstructor]
    internal PlannedEvent(LifecycleEventDefinition @event, IReadOnlyList<HookScript> scripts, string? functionName)
    {
        Event = @event;
        Scripts = scripts;
        FunctionName = functionName;
    }

    /// <summary>The event: its name, whether it is scriptable, its scope and its revision source.</summary>
    public LifecycleEventDefinition Event { get; init; }

    /// <summary>The scripts it runs, in order (EC2/On-Premises); empty when none.</summary>
    public IReadOnlyList<HookScript> Scripts { get; init; }

    /// <summary>The Lambda function it invokes (ECS and Lambda); null when none.</summary>
    public string? FunctionName { get; init; }

    /// <summary>The event name.</summary>
    public LifecycleEventName Name => Event.Name;

    /// <summary>True when the event runs nothing: reserved, or no scripts or function for it.</summary>
    public bool IsNoop => Scripts.Count == 0 && FunctionName is null;
}
