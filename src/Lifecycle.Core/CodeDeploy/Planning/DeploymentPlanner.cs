using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.CodeDeploy.Planning;

/// <summary>
/// Builds a <see cref="DeploymentPlan"/> from an AppSpec and a scenario: the scenario's event sequence, each
/// scriptable event filled from the AppSpec of the revision it takes its scripts from (reference §4.2). Events the
/// sequence does not have (a custom or misspelled name) get nothing, as the agent runs nothing for them.
/// </summary>
public static class DeploymentPlanner
{
    /// <summary>Plans a deployment.</summary>
    /// <param name="appSpec">The AppSpec of the revision being deployed; its platform decides the scenario's.</param>
    /// <param name="scenario">Deployment type, instances, load balancer, rollback, test listener.</param>
    /// <param name="lastSuccessful">The last successful revision's AppSpec (ApplicationStop and the block-traffic events run its scripts); null on a first deployment, when they run nothing.</param>
    /// <param name="mostRecent">The most recent revision's AppSpec, for blue/green rollbacks; null to use <paramref name="lastSuccessful"/>.</param>
    /// <returns>The plan, or the AppSpec's errors when it is not valid.</returns>
    public static Result<DeploymentPlan> Plan(AppSpecDocument appSpec, DeploymentScenario scenario, ServerAppSpec? lastSuccessful = null, ServerAppSpec? mostRecent = null)
    {
        ArgumentNullException.ThrowIfNull(appSpec);
        ArgumentNullException.ThrowIfNull(scenario);
        if (!appSpec.IsValid)
        {
            return Result.Failure<DeploymentPlan>([.. appSpec.Diagnostics.Where(d => d.IsError)]);
        }

        scenario = scenario with { Platform = appSpec.Platform };
        var events = LifecycleEventOrder.For(scenario).Select(e => Fill(e, appSpec, lastSuccessful, mostRecent ?? lastSuccessful)).ToList();
        return Result.Success(new DeploymentPlan(scenario, events));
    }

    private static PlannedEvent Fill(LifecycleEventDefinition definition, AppSpecDocument appSpec, ServerAppSpec? lastSuccessful, ServerAppSpec? mostRecent)
    {
        if (!definition.Scriptable)
        {
            return new PlannedEvent(definition, [], null);
        }

        var functions = appSpec.Ecs?.Hooks ?? appSpec.Lambda?.Hooks;
        if (functions is not null)
        {
            return new PlannedEvent(definition, [], functions.FirstOrDefault(h => h.LifecycleEvent == definition.Name)?.FunctionName);
        }

        var source = definition.Revision switch
        {
            RevisionSource.LastSuccessful => lastSuccessful,
            RevisionSource.MostRecent => mostRecent,
            _ => appSpec.Server,
        };
        return new PlannedEvent(definition, source?.ScriptsFor(definition.Name) ?? [], null);
    }
}
