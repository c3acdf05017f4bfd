using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Core.Tests.CodeDeploy.Planning;

/// <summary>The event sequences against the reference's tables (codedeploy-appspec-and-hooks.md §4.2, §7.1-§7.3).</summary>
public class LifecycleEventOrderTests
{
    private static string Names(DeploymentScenario scenario) => string.Join(" ", LifecycleEventOrder.For(scenario).Select(e => e.Name.Value));

    [Fact]
    public void InPlace_WithLoadBalancer_IsTheDocumentedOrder() =>
        Assert.Equal(
            "Start BeforeBlockTraffic BlockTraffic AfterBlockTraffic ApplicationStop DownloadBundle BeforeInstall Install AfterInstall ApplicationStart ValidateService BeforeAllowTraffic AllowTraffic AfterAllowTraffic End",
            Names(new DeploymentScenario { LoadBalancer = true }));

    [Fact]
    public void InPlace_WithoutLoadBalancer_HasNoTrafficEvents() =>
        Assert.Equal(
            "Start ApplicationStop DownloadBundle BeforeInstall Install AfterInstall ApplicationStart ValidateService End",
            Names(new DeploymentScenario()));

    [Fact]
    public void InPlaceRollback_RunsTheInPlaceSequence() =>
        Assert.Equal(Names(new DeploymentScenario { LoadBalancer = true }), Names(new DeploymentScenario { LoadBalancer = true, Rollback = true }));

    // §7.1 availability table: the events (Start and End aside) of each column.
    [Theory]
    [InlineData("BlueGreen", "Original", false, "BeforeBlockTraffic BlockTraffic AfterBlockTraffic")]
    [InlineData("BlueGreen", "Replacement", false, "ApplicationStop DownloadBundle BeforeInstall Install AfterInstall ApplicationStart ValidateService BeforeAllowTraffic AllowTraffic AfterAllowTraffic")]
    [InlineData("BlueGreen", "Original", true, "BeforeAllowTraffic AllowTraffic AfterAllowTraffic")]
    [InlineData("BlueGreen", "Replacement", true, "BeforeBlockTraffic BlockTraffic AfterBlockTraffic")]
    public void BlueGreen_MatchesTheAvailabilityTable(string type, string instances, bool rollback, string expected)
    {
        var scenario = new DeploymentScenario
        {
            DeploymentType = Enum.Parse<DeploymentType>(type),
            Instances = Enum.Parse<InstanceGroup>(instances),
            Rollback = rollback,
        };

        Assert.Equal("Start " + expected + " End", Names(scenario));
    }

    [Fact]
    public void Lambda_IsStartBeforeAllowTrafficAllowTrafficAfterAllowTrafficEnd()
    {
        var events = LifecycleEventOrder.For(new DeploymentScenario { Platform = ComputePlatform.Lambda });

        Assert.Equal("Start BeforeAllowTraffic AllowTraffic AfterAllowTraffic End", string.Join(" ", events.Select(e => e.Name.Value)));
        Assert.All(events, e => Assert.Equal(EventScope.PerDeployment, e.Scope));
        Assert.Equal(["BeforeAllowTraffic", "AfterAllowTraffic"], events.Where(e => e.Scriptable).Select(e => e.Name.Value));
    }

    [Fact]
    public void Ecs_TestTrafficEvents_RunOnlyWithATestListener()
    {
        Assert.Equal(
            "Start BeforeInstall Install AfterInstall AllowTestTraffic AfterAllowTestTraffic BeforeAllowTraffic AllowTraffic AfterAllowTraffic End",
            Names(new DeploymentScenario { Platform = ComputePlatform.Ecs, TestListener = true }));
        Assert.Equal(
            "Start BeforeInstall Install AfterInstall BeforeAllowTraffic AllowTraffic AfterAllowTraffic End",
            Names(new DeploymentScenario { Platform = ComputePlatform.Ecs }));
    }

    [Fact]
    public void ReservedEvents_AreNotScriptable_AndHaveNoRevision()
    {
        var events = LifecycleEventOrder.For(new DeploymentScenario { LoadBalancer = true });

        Assert.Equal(["Start", "BlockTraffic", "DownloadBundle", "Install", "AllowTraffic", "End"], events.Where(e => !e.Scriptable).Select(e => e.Name.Value));
        Assert.All(events.Where(e => !e.Scriptable), e => Assert.Null(e.Revision));
        Assert.All(events, e => Assert.Equal(EventScope.PerInstance, e.Scope));
    }

    // §4.2: normal deployments, and blue/green rollbacks.
    [Theory]
    [InlineData("BeforeBlockTraffic", "LastSuccessful", "MostRecent")]
    [InlineData("AfterBlockTraffic", "LastSuccessful", "MostRecent")]
    [InlineData("ApplicationStop", "LastSuccessful", null)]
    [InlineData("BeforeInstall", "Current", null)]
    [InlineData("AfterInstall", "Current", null)]
    [InlineData("ApplicationStart", "Current", null)]
    [InlineData("ValidateService", "Current", null)]
    [InlineData("BeforeAllowTraffic", "Current", "LastSuccessful")]
    [InlineData("AfterAllowTraffic", "Current", "LastSuccessful")]
    public void RevisionSources_MatchTheAgentsMapping(string name, string normal, string? blueGreenRollback)
    {
        var inPlace = LifecycleEventOrder.For(new DeploymentScenario { LoadBalancer = true }).Single(e => e.Name.Value == name);
        var inPlaceRollback = LifecycleEventOrder.For(new DeploymentScenario { LoadBalancer = true, Rollback = true }).Single(e => e.Name.Value == name);
        Assert.Equal(Enum.Parse<RevisionSource>(normal), inPlace.Revision);
        Assert.Equal(inPlace.Revision, inPlaceRollback.Revision);

        if (blueGreenRollback is not null)
        {
            var rolledBack = new[] { InstanceGroup.Original, InstanceGroup.Replacement }
                .SelectMany(g => LifecycleEventOrder.For(new DeploymentScenario { DeploymentType = DeploymentType.BlueGreen, Instances = g, Rollback = true }))
                .Single(e => e.Name.Value == name);
            Assert.Equal(Enum.Parse<RevisionSource>(blueGreenRollback), rolledBack.Revision);
        }
    }
}
