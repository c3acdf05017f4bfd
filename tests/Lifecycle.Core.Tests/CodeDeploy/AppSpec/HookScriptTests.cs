using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>One script of a hook: its location, its timeout in seconds (3600 when not written), and the user it runs as.</summary>
public class HookScriptTests
{
    [Fact]
    public void AScriptWithoutATimeout_HasTheAgentsDefault_OfAnHour()
    {
        var script = AppSpecReader.Read("version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: start.sh\n").Server!.Hooks[0].Scripts[0];

        Assert.Equal(3600, ScriptTimeout.DefaultSeconds);
        Assert.Equal(new HookScript { Location = "start.sh" }, script);
        Assert.Equal(ScriptTimeout.DefaultSeconds, script.Timeout.Seconds);
        Assert.Null(script.RunAs);
    }

    [Fact]
    public void AScript_KeepsItsTimeoutAndUser_AsWritten()
    {
        var script = AppSpecReader.Read("version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n    - location: scripts/migrate.sh\n      timeout: 900\n      runas: app\n").Server!.Hooks[0].Scripts[0];

        Assert.Equal(new HookScript { Location = "scripts/migrate.sh", Timeout = ScriptTimeout.FromSeconds(900), RunAs = "app" }, script);
    }
}
