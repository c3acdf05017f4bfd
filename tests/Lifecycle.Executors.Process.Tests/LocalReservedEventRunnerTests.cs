using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;

namespace Lifecycle.Executors.Process.Tests;

/// <summary>The reserved events run locally: Install installs the revision; the others (Start, DownloadBundle, ...) have nothing to do here.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class LocalReservedEventRunnerTests
{
    [Fact]
    public async Task Install_InstallsTheRevision_AndTheOtherReservedEventsSucceedWithoutDoingAnything()
    {
        using var revision = new Revision();
        File.WriteAllText(revision.PathOf("app.txt"), "v1");
        var spec = AppSpecReader.Read("version: 0.0\nos: linux\nfiles:\n  - source: app.txt\n    destination: /srv\n").Server!;
        var runner = new LocalReservedEventRunner(
            new RevisionInstaller(new RevisionInstallerOptions { RevisionRoot = revision.Root, DestinationRoot = revision.PathOf("sandbox"), StateDirectory = revision.PathOf("state") }), spec);
        var deployment = new DeploymentContext { DeploymentId = "d-1" };

        var download = await runner.RunAsync(LifecycleEventName.DownloadBundle, deployment, CancellationToken.None);
        var before = runner.InstallReport;
        var install = await runner.RunAsync(LifecycleEventName.Install, deployment, CancellationToken.None);

        Assert.True(download.Succeeded);
        Assert.Null(before);
        Assert.True(install.Succeeded, install.Message);
        Assert.True(runner.InstallReport!.Succeeded);
        Assert.Equal("v1", File.ReadAllText(revision.PathOf("sandbox/srv/app.txt")));
    }
}
