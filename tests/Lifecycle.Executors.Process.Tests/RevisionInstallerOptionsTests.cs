using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Executors.Process.Tests;

/// <summary>Where the installer copies from and to, where it keeps its state, and what it does with a file already there.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class RevisionInstallerOptionsTests
{
    [Fact]
    public void TheDefaults_AreTheAgents_DisallowAndTheDefaultGroup()
    {
        var options = new RevisionInstallerOptions { RevisionRoot = "r", StateDirectory = "s" };

        Assert.Equal(("DISALLOW", "default-local-deployment-group", (string?)null), (options.FileExistsBehavior, options.DeploymentGroupId, options.DestinationRoot));
    }

    [Fact]
    public void TheDestinationRoot_IsWhereTheAppSpecsDestinationsLand()
    {
        using var revision = new Revision();
        File.WriteAllText(revision.PathOf("index.html"), "hi");
        var root = revision.PathOf("sandbox");
        var installer = new RevisionInstaller(new RevisionInstallerOptions { RevisionRoot = revision.Root, DestinationRoot = root, StateDirectory = revision.PathOf("state") });

        var report = installer.Install(AppSpecReader.Read("version: 0.0\nos: linux\nfiles:\n  - source: index.html\n    destination: /var/www\n").Server!);

        Assert.True(report.Succeeded, report.Error);
        Assert.Equal("hi", File.ReadAllText(Path.Combine(root, "var/www/index.html")));
    }
}
