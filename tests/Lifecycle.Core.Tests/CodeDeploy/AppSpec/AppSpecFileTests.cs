using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>One files entry: a path in the revision and the folder on the instance it is copied to.</summary>
public class AppSpecFileTests
{
    [Fact]
    public void TheEntries_AreReadInTheFilesOrder_AsWritten()
    {
        var files = AppSpecReader.Read("version: 0.0\nos: linux\nfiles:\n  - source: /\n    destination: /srv/app\n  - source: config/app.json\n    destination: /etc/app\n").Server!.Files;

        Assert.Equal([new AppSpecFile { Source = "/", Destination = "/srv/app" }, new AppSpecFile { Source = "config/app.json", Destination = "/etc/app" }], files);
    }
}
