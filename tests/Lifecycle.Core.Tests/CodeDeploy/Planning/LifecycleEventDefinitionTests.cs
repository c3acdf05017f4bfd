using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Core.Tests.CodeDeploy.Planning;

/// <summary>One event of the sequence: its name, whether scripts may run in it, its scope and the revision its scripts come from.</summary>
public class LifecycleEventDefinitionTests
{
    [Fact]
    public void InPlace_ApplicationStopRunsTheLastRevisionsScripts_AndInstallIsReservedForCodeDeploy()
    {
        var events = LifecycleEventOrder.For(new DeploymentScenario());

        var stop = events.Single(e => e.Name == LifecycleEventName.ApplicationStop);
        var install = events.Single(e => e.Name == LifecycleEventName.Install);
        Assert.Equal((true, RevisionSource.LastSuccessful), (stop.Scriptable, stop.Revision));
        Assert.Equal((false, (RevisionSource?)null), (install.Scriptable, install.Revision));
        Assert.Equal(RevisionSource.Current, events.Single(e => e.Name == LifecycleEventName.ApplicationStart).Revision);
    }
}
