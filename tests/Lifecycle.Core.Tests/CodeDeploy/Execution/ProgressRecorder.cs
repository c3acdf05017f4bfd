using Lifecycle.Core.CodeDeploy.Execution;

namespace Lifecycle.Core.Tests.CodeDeploy.Execution;

/// <summary>Keeps every progress event a deployment reports, in order.</summary>
internal sealed class ProgressRecorder : IProgress<DeploymentEvent>
{
    public List<DeploymentEvent> Events { get; } = [];

    public void Report(DeploymentEvent value) => Events.Add(value);

    /// <summary>Runs <see cref="DeploymentEngineTests.Plan"/> on the kit's engine and returns what it reported.</summary>
    public static async Task<List<DeploymentEvent>> Run(Lifecycle.Testing.DeploymentKit kit)
    {
        var recorder = new ProgressRecorder();
        await kit.Engine.RunAsync(DeploymentEngineTests.Plan(), kit.Context, progress: recorder);
        return recorder.Events;
    }
}
