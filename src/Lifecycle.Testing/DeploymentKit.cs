using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Microsoft.Extensions.Time.Testing;

namespace Lifecycle.Testing;

/// <summary>
/// A deployment engine wired for tests: a <see cref="RecordingScriptExecutor"/> and a <see cref="FakeTimeProvider"/>,
/// so script timeouts happen when the test advances <see cref="Time"/>, never by waiting.
/// </summary>
public sealed class DeploymentKit
{
    /// <summary>Creates the kit.</summary>
    /// <param name="context">The deployment the scripts see; a test deployment <c>d-TEST00001</c> when null.</param>
    public DeploymentKit(DeploymentContext? context = null)
    {
        Context = context ?? new DeploymentContext { DeploymentId = "d-TEST00001" };
        Engine = new DeploymentEngine(Scripts, Time);
    }

    /// <summary>The clock the engine's timeouts run on; advance it to make a hanging script time out.</summary>
    public FakeTimeProvider Time { get; } = new();

    /// <summary>The executor: choose outcomes on it before running, read what ran after.</summary>
    public RecordingScriptExecutor Scripts { get; } = new();

    /// <summary>The engine.</summary>
    public DeploymentEngine Engine { get; }

    /// <summary>The deployment the scripts see.</summary>
    public DeploymentContext Context { get; }

    /// <summary>Reads an AppSpec, plans it and runs it; the AppSpec is also the last successful revision's.</summary>
    /// <param name="appSpec">The AppSpec's YAML or JSON text.</param>
    /// <param name="scenario">The deployment's platform and type; an EC2/On-Premises in-place deployment when null.</param>
    /// <param name="cancellationToken">Cancels the deployment.</param>
    /// <returns>The deployment's result.</returns>
    /// <exception cref="LifecycleAssertionException">The AppSpec is not valid, or cannot be planned; the message lists why.</exception>
    public Task<DeploymentResult> RunAsync(string appSpec, DeploymentScenario? scenario = null, CancellationToken cancellationToken = default)
    {
        var document = AppSpecReader.Read(appSpec);
        if (!document.IsValid)
        {
            throw new LifecycleAssertionException("The AppSpec is not valid:\n" + string.Join("\n", document.Diagnostics.Where(d => d.IsError)));
        }

        var plan = DeploymentPlanner.Plan(document, scenario ?? new DeploymentScenario(), document.Server);
        return plan.TryGetValue(out var planned)
            ? Engine.RunAsync(planned, Context, cancellationToken: cancellationToken)
            : throw new LifecycleAssertionException("The AppSpec cannot be planned:\n" + string.Join("\n", plan.Errors));
    }
}
