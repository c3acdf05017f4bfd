using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Core.Tests.CodeDeploy;

public class LifecycleEventNameTests
{
    [Fact]
    public void KnownNames_AreTheAwsSpellings_AndTheReservedOnesAreMarked()
    {
        Assert.Equal("ApplicationStop", LifecycleEventName.ApplicationStop.Value);
        Assert.Equal("AfterAllowTestTraffic", LifecycleEventName.AfterAllowTestTraffic.Value);
        Assert.True(LifecycleEventName.Install.IsReserved);
        Assert.True(LifecycleEventName.Parse("TestTraffic").IsReserved);
        Assert.False(LifecycleEventName.BeforeInstall.IsReserved);
        Assert.True(LifecycleEventName.BeforeInstall.IsKnown);
        Assert.False(LifecycleEventName.Parse("BeforInstall").IsKnown);
        Assert.NotEqual(LifecycleEventName.ApplicationStart, LifecycleEventName.Parse("applicationstart"));
    }

    [Fact]
    public void EveryEventOfEveryPlan_IsAKnownName()
    {
        var scenarios = new[]
        {
            new DeploymentScenario(), new DeploymentScenario { LoadBalancer = true, DeploymentType = DeploymentType.BlueGreen },
            new DeploymentScenario { Platform = ComputePlatform.Ecs, TestListener = true }, new DeploymentScenario { Platform = ComputePlatform.Lambda },
        };
        Assert.All(scenarios.SelectMany(LifecycleEventOrder.For), e => Assert.True(e.Name.IsKnown, e.Name.Value));
        Assert.All(scenarios.SelectMany(LifecycleEventOrder.For), e => Assert.Equal(!e.Scriptable, e.Name.IsReserved));
    }

    [Fact]
    public void Parse_RefusesOnlyTheEmptyName()
    {
        Assert.Throws<FormatException>(() => LifecycleEventName.Parse(string.Empty));
        Assert.Throws<ArgumentNullException>(() => LifecycleEventName.Parse(null!));
        Assert.False(LifecycleEventName.TryParse(null, out _));
        Assert.True(LifecycleEventName.TryParse("Custom", out var custom));
        Assert.Equal("Custom", custom.ToString());
        Assert.Equal(string.Empty, default(LifecycleEventName).Value);
    }

    [Property(Arbitrary = [typeof(Names)])]
    public bool Property_RoundTripsThroughJson_AsAPlainString(LifecycleEventName name)
    {
        var json = JsonSerializer.Serialize(name);
        return json == JsonSerializer.Serialize(name.Value) && JsonSerializer.Deserialize<LifecycleEventName>(json) == name;
    }

    [Fact]
    public void Json_RefusesAnEmptyNameOrANumber()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LifecycleEventName>("\"\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LifecycleEventName>("3"));
    }

    public static class Names
    {
        public static Arbitrary<LifecycleEventName> Name() => Arb.From(
            Gen.OneOf(
                Gen.Elements(LifecycleEventName.ApplicationStop, LifecycleEventName.Install, LifecycleEventName.AfterAllowTraffic),
                ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => LifecycleEventName.Parse(s.Get))));
    }
}
