using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>An SELinux context of a permissions entry: the agent reads name, type and range, and type is required.</summary>
public class SeLinuxContextTests
{
    [Fact]
    public void AContext_IsReadWithItsNameTypeAndRange()
    {
        var entry = Assert.Single(AppSpecReader.Read("version: 0.0\nos: linux\npermissions:\n  - object: /srv/app\n    context:\n      name: system_u\n      type: httpd_sys_content_t\n      range: s0\n").Server!.Permissions);

        Assert.Equal(new SeLinuxContext { Name = "system_u", Type = "httpd_sys_content_t", Range = "s0" }, entry.Context);
    }

    [Fact]
    public void AContextWithoutAType_IsRefused() =>
        Assert.Contains(AppSpecReader.Read("version: 0.0\nos: linux\npermissions:\n  - object: /srv/app\n    context:\n      name: system_u\n").Diagnostics, d => d.Code == "APP121");
}
