using System.Text.Json.Nodes;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>The hook table as JSON: each lifecycle event with its scripts, with the AppSpec's own keys.</summary>
public class AppSpecHookTableTests
{
    private static readonly ServerAppSpec Spec = AppSpecReader.Read(
        "version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - location: a.sh\n  ApplicationStart:\n    - location: b.sh\n      timeout: 60\n      runas: app\n").Server!;

    [Fact]
    public void ToJson_OfAnAppSpec_IsAnObjectOfEvents_InTheFilesOrder()
    {
        var table = JsonNode.Parse(AppSpecHookTable.ToJson(Spec))!.AsObject();

        Assert.Equal(["BeforeInstall", "ApplicationStart"], table.Select(p => p.Key));
        Assert.Equal("b.sh", (string?)table["ApplicationStart"]![0]!["location"]);
        Assert.Equal(60, (long?)table["ApplicationStart"]![0]!["timeout"]);
        Assert.Equal("app", (string?)table["ApplicationStart"]![0]!["runas"]);
    }

    [Fact]
    public void ToJson_OfScripts_IsTheirArray()
    {
        var scripts = JsonNode.Parse(AppSpecHookTable.ToJson(Spec.Hooks[0].Scripts))!.AsArray();

        Assert.Equal("a.sh", (string?)Assert.Single(scripts)!["location"]);
        Assert.Equal(ScriptTimeout.DefaultSeconds, (long?)scripts[0]!["timeout"]);
    }
}
