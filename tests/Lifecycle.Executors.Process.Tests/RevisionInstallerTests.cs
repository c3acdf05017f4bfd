using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Executors.Process.Tests;

/// <summary>The files and permissions of a revision installed under a sandbox root (reference §5).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class RevisionInstallerTests
{
    private static ServerAppSpec Spec(string behavior = "", string permissions = "") => AppSpecReader.Read(
        "version: 0.0\nos: linux\nfiles:\n  - source: /site\n    destination: /srv/app\n  - source: config/app.json\n    destination: /etc/app\n"
        + (behavior.Length > 0 ? $"file_exists_behavior: {behavior}\n" : string.Empty) + permissions).Server!;

    private static (Revision Revision, string Root, RevisionInstaller Installer) Setup(string group = "dg-1")
    {
        var revision = new Revision();
        File.WriteAllText(revision.Script("site/index.html", "x"), "<h1>new</h1>");
        Directory.CreateDirectory(revision.PathOf("site/css"));
        File.WriteAllText(revision.PathOf("site/css/main.css"), "body{}");
        Directory.CreateDirectory(revision.PathOf("config"));
        File.WriteAllText(revision.PathOf("config/app.json"), "{\"new\":true}");
        var root = revision.PathOf("target");
        var installer = new RevisionInstaller(new RevisionInstallerOptions
        {
            RevisionRoot = revision.Root,
            DestinationRoot = root,
            StateDirectory = revision.PathOf("state"),
            DeploymentGroupId = group,
        });
        return (revision, root, installer);
    }

    [Fact]
    public void Install_CopiesFoldersRecursivelyAndFilesIntoTheirDestinationFolder()
    {
        var (revision, root, installer) = Setup();
        using (revision)
        {
            var report = installer.Install(Spec());

            Assert.True(report.Succeeded, report.Error);
            Assert.Equal("<h1>new</h1>", File.ReadAllText(Path.Combine(root, "srv/app/index.html")));
            Assert.True(File.Exists(Path.Combine(root, "srv/app/css/main.css")));
            Assert.Equal("{\"new\":true}", File.ReadAllText(Path.Combine(root, "etc/app/app.json")));
        }
    }

    [Theory]
    [InlineData("DISALLOW", false, "{\"old\":true}")]
    [InlineData("", false, "{\"old\":true}")]
    [InlineData("OVERWRITE", true, "{\"new\":true}")]
    [InlineData("RETAIN", true, "{\"old\":true}")]
    public void ExistingFile_IsHandledByFileExistsBehavior(string behavior, bool succeeds, string content)
    {
        var (revision, root, installer) = Setup();
        using (revision)
        {
            Directory.CreateDirectory(Path.Combine(root, "etc/app"));
            File.WriteAllText(Path.Combine(root, "etc/app/app.json"), "{\"old\":true}");

            var report = installer.Install(Spec(behavior));

            Assert.Equal(succeeds, report.Succeeded);
            Assert.Equal(content, File.ReadAllText(Path.Combine(root, "etc/app/app.json")));
            if (!succeeds)
            {
                Assert.StartsWith("The deployment failed because a specified file already exists at this location: ", report.Error, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void NextDeployment_RemovesThePreviousDeploymentsFilesFirst()
    {
        var (revision, root, installer) = Setup();
        using (revision)
        {
            Assert.True(installer.Install(Spec()).Succeeded);
            File.Delete(revision.PathOf("site/css/main.css"));

            var second = installer.Install(Spec());

            Assert.True(second.Succeeded, second.Error);
            Assert.False(File.Exists(Path.Combine(root, "srv/app/css/main.css")));
            Assert.Contains(second.Actions, a => a.StartsWith("remove ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Permissions_SetTheModeOfWhatWasInstalled_MatchingPatternAndType()
    {
        var (revision, root, installer) = Setup();
        using (revision)
        {
            var report = installer.Install(Spec(permissions: "permissions:\n  - object: /srv/app\n    pattern: \"*.html\"\n    mode: \"600\"\n    type: [file]\n"));

            Assert.True(report.Succeeded, report.Error);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(root, "srv/app/index.html")));
            Assert.NotEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(root, "srv/app/css/main.css")));
        }
    }
}
