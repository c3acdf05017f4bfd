using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Executors.Process.Tests;

/// <summary>What an install did, action by action, and the error that stopped it, if one did.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class InstallReportTests
{
    private static RevisionInstaller Installer(Revision revision) =>
        new(new RevisionInstallerOptions { RevisionRoot = revision.Root, DestinationRoot = revision.PathOf("sandbox"), StateDirectory = revision.PathOf("state") });

    private static readonly ServerAppSpec Spec = AppSpecReader.Read("version: 0.0\nos: linux\nfiles:\n  - source: app.txt\n    destination: /srv\n").Server!;

    [Fact]
    public void ASuccessfulInstall_ListsWhatItDid()
    {
        using var revision = new Revision();
        File.WriteAllText(revision.PathOf("app.txt"), "v1");

        var report = Installer(revision).Install(Spec);

        Assert.True(report.Succeeded);
        Assert.Null(report.Error);
        Assert.Contains(report.Actions, a => a.Contains("app.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void AFailedInstall_SaysWhy_InTheAgentsWords()
    {
        using var revision = new Revision();
        File.WriteAllText(revision.PathOf("app.txt"), "v1");
        Directory.CreateDirectory(revision.PathOf("sandbox/srv"));
        File.WriteAllText(revision.PathOf("sandbox/srv/app.txt"), "old");

        var report = Installer(revision).Install(Spec);

        Assert.False(report.Succeeded);
        Assert.Contains("already exists at this location", report.Error, StringComparison.Ordinal);
    }
}
