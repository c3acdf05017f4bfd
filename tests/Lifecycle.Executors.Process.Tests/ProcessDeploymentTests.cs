using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Executors.Process.Tests;

/// <summary>The documented shortest deployment: one engine that runs the scripts and installs the files.</summary>
public class ProcessDeploymentTests
{
    [Fact]
    public async Task TheDocumentedSnippet_DeploysTheSample_FilesAndScripts()
    {
        var revision = Path.Combine(SharedFolder.RepositoryRoot, "samples", "hello-revision");
        var root = Path.Combine(Path.GetTempPath(), "lifecycle-deploy-" + Guid.NewGuid().ToString("N"));
        try
        {
            // As docs/deployments.md and the package README show it.
            var document = AppSpecReader.Read(File.ReadAllText(Path.Combine(revision, "appspec.yml")));
            var plan = DeploymentPlanner.Plan(document, new DeploymentScenario()).Value;
            var engine = ProcessDeployment.CreateEngine(new ProcessDeploymentOptions { RevisionRoot = revision, AppSpec = document.Server!, DestinationRoot = root });
            var result = await engine.RunAsync(plan, new DeploymentContext { DeploymentId = "d-SNIPPET01" });

            Assert.Equal(DeploymentStatus.Succeeded, result.Status);
            Assert.True(File.Exists(Path.Combine(root, "srv", "hello", "index.html")), "the files were not installed");
            Assert.Equal(LifecycleEventStatus.Succeeded, result.Events.Single(e => e.Name.Value == "Install").Status);
            Assert.True(Directory.Exists(Path.Combine(root, ".lifecycle", "deployment-instructions")));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    [Fact]
    public async Task TheRoot_Slash_InstallsToTheRealDestinations()
    {
        using var revision = new Revision();
        var destination = Path.Combine(Path.GetTempPath(), "lifecycle-real-" + Guid.NewGuid().ToString("N"));
        var state = Path.Combine(Path.GetTempPath(), "lifecycle-state-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(revision.PathOf("site"));
        File.WriteAllText(revision.PathOf("site/index.html"), "<h1>real</h1>");
        var spec = AppSpecReader.Read($"version: 0.0\nos: linux\nfiles:\n  - source: /site\n    destination: {destination}\n");
        try
        {
            var engine = ProcessDeployment.CreateEngine(new ProcessDeploymentOptions
            {
                RevisionRoot = revision.Root,
                AppSpec = spec.Server!,
                DestinationRoot = "/",
                StateDirectory = state,
            });
            var result = await engine.RunAsync(DeploymentPlanner.Plan(spec, new DeploymentScenario()).Value, new DeploymentContext { DeploymentId = "d-REAL00001" });

            Assert.Equal(DeploymentStatus.Succeeded, result.Status);
            Assert.Equal("<h1>real</h1>", File.ReadAllText(Path.Combine(destination, "index.html")));
        }
        finally
        {
            foreach (var folder in new[] { destination, state })
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }

    [Fact]
    public void AnEmptyRoot_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ProcessDeployment.CreateEngine(new ProcessDeploymentOptions
        {
            RevisionRoot = "r",
            AppSpec = AppSpecReader.Read("version: 0.0\nos: linux\n").Server!,
            DestinationRoot = string.Empty,
        }));
}
