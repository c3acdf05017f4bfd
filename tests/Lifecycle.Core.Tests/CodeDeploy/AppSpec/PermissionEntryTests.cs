using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>A permissions entry as the agent reads it: what is not written takes the agent's defaults.</summary>
public class PermissionEntryTests
{
    [Fact]
    public void AnEntryWithAnObjectOnly_AppliesToEveryFileAndFolderUnderIt()
    {
        var entry = Assert.Single(AppSpecReader.Read("version: 0.0\nos: linux\npermissions:\n  - object: /srv/app\n").Server!.Permissions);

        Assert.Equal(("/srv/app", "**"), (entry.Object, entry.Pattern));
        Assert.Equal(["file", "directory"], entry.Type);
        Assert.Empty(entry.Except);
        Assert.Null(entry.Mode);
        Assert.Null(entry.Context);
    }

    [Fact]
    public void AnEntry_KeepsItsOwnerGroupAndMode()
    {
        var entry = Assert.Single(AppSpecReader.Read("version: 0.0\nos: linux\npermissions:\n  - object: /srv/app\n    owner: app\n    group: www\n    mode: 750\n    type: [directory]\n").Server!.Permissions);

        Assert.Equal(("app", "www", "750"), (entry.Owner, entry.Group, entry.Mode?.ToString()));
        Assert.Equal(["directory"], entry.Type);
    }
}
