using System.Text.Json;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Testing;

namespace Lifecycle.Core.Tests.CodeDeploy.Planning;

/// <summary>Which revision's AppSpec supplies an event's scripts.</summary>
public class RevisionSourceTests
{
    [Theory]
    [InlineData(RevisionSource.Current, "Current")]
    [InlineData(RevisionSource.LastSuccessful, "LastSuccessful")]
    [InlineData(RevisionSource.MostRecent, "MostRecent")]
    public void EachValue_IsWrittenAs(RevisionSource value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(3, Enum.GetValues<RevisionSource>().Length);
    }

    [Fact]
    public void OnAFirstDeployment_ApplicationStop_HasNoLastRevision_SoRunsNothing()
    {
        var appSpec = AppSpecReader.Read("version: 0.0\nos: linux\nhooks:\n  ApplicationStop:\n    - location: stop.sh\n");

        var plan = DeploymentPlanner.Plan(appSpec, new DeploymentScenario()).Value;

        var stop = plan.Events.Single(e => e.Name == LifecycleEventName.ApplicationStop);
        Assert.Equal(RevisionSource.LastSuccessful, stop.Event.Revision);
        Assert.True(stop.IsNoop);
    }
}
