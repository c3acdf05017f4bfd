using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>One lifecycle event of a server AppSpec and its scripts, in the order the file gives them.</summary>
public class AppSpecHookTests
{
    [Fact]
    public void TheHooks_KeepTheFilesOrder_AndAnEventWithNoScriptsIsDropped()
    {
        var document = AppSpecReader.Read("version: 0.0\nos: linux\nhooks:\n  ValidateService:\n    - location: check.sh\n  ApplicationStop:\n  BeforeInstall:\n    - location: one.sh\n      timeout: 60\n    - location: two.sh\n      timeout: 60\n");

        var hooks = document.Server!.Hooks;
        Assert.Equal([LifecycleEventName.ValidateService, LifecycleEventName.BeforeInstall], hooks.Select(h => h.LifecycleEvent));
        Assert.Equal(["one.sh", "two.sh"], hooks[1].Scripts.Select(s => s.Location));
        Assert.Equal("APP215", Assert.Single(document.Diagnostics).Code);
    }
}
