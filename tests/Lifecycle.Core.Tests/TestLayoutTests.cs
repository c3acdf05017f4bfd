using System.Text.RegularExpressions;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests;

/// <summary>
/// The tests mirror the library: each folder of tests is a folder of src/Lifecycle.Core and declares its namespace,
/// and each public type has a test class of its name in the folder of its namespace. The tests of the whole
/// assembly (its namespaces, its public API, its catalogues) sit at the root.
/// </summary>
public partial class TestLayoutTests
{
    // Public types whose tests still live in a class named for a feature (the reader's tests hold the
    // AppSpec models', the simulator's hold its events'). The list may only shrink: a type given its own test
    // class must leave it, and a new public type must come with its class.
    private static readonly string[] WithoutTheirOwnClassYet =
    [
        "Lifecycle.Core.AutoScaling.AutoScalingDiagnosticCodes",
        "Lifecycle.Core.AutoScaling.Simulation.InstanceLifecycleState",
        "Lifecycle.Core.AutoScaling.Simulation.InstanceLifecycleStates",
        "Lifecycle.Core.AutoScaling.Simulation.LifecycleNotificationContext",
        "Lifecycle.Core.AutoScaling.Simulation.Scenarios.CompleteStep",
        "Lifecycle.Core.AutoScaling.Simulation.Scenarios.DeleteHookStep",
        "Lifecycle.Core.AutoScaling.Simulation.Scenarios.HeartbeatStep",
        "Lifecycle.Core.AutoScaling.Simulation.Scenarios.LaunchIntoWarmPoolStep",
        "Lifecycle.Core.AutoScaling.Simulation.Scenarios.LaunchStep",
        "Lifecycle.Core.AutoScaling.Simulation.Scenarios.LifecycleActionStep",
        "Lifecycle.Core.AutoScaling.Simulation.Scenarios.PutHookStep",
        "Lifecycle.Core.AutoScaling.Simulation.Scenarios.ScenarioDiagnosticCodes",
        "Lifecycle.Core.AutoScaling.Simulation.Scenarios.ScenarioLimits",
        "Lifecycle.Core.AutoScaling.Simulation.Scenarios.ScenarioStep",
        "Lifecycle.Core.AutoScaling.Simulation.Scenarios.TerminateStep",
        "Lifecycle.Core.AutoScaling.Simulation.SimulationEnvironment",
        "Lifecycle.Core.CodeDeploy.AppSpec.AppSpecDiagnosticCodes",
        "Lifecycle.Core.CodeDeploy.AppSpec.AppSpecFile",
        "Lifecycle.Core.CodeDeploy.AppSpec.AppSpecHook",
        "Lifecycle.Core.CodeDeploy.AppSpec.AppSpecLimits",
        "Lifecycle.Core.CodeDeploy.AppSpec.AppSpecOptions",
        "Lifecycle.Core.CodeDeploy.AppSpec.EcsAppSpec",
        "Lifecycle.Core.CodeDeploy.AppSpec.EcsCapacityProvider",
        "Lifecycle.Core.CodeDeploy.AppSpec.EcsTargetService",
        "Lifecycle.Core.CodeDeploy.AppSpec.FunctionHook",
        "Lifecycle.Core.CodeDeploy.AppSpec.LambdaAppSpec",
        "Lifecycle.Core.CodeDeploy.AppSpec.PermissionEntry",
        "Lifecycle.Core.CodeDeploy.AppSpec.SeLinuxContext",
        "Lifecycle.Core.CodeDeploy.Execution.DeploymentCompleted",
        "Lifecycle.Core.CodeDeploy.Execution.DeploymentContext",
        "Lifecycle.Core.CodeDeploy.Execution.DeploymentRunOptions",
        "Lifecycle.Core.CodeDeploy.Execution.DeploymentStarted",
        "Lifecycle.Core.CodeDeploy.Execution.FunctionHookInvocation",
        "Lifecycle.Core.CodeDeploy.Execution.IFunctionHookInvoker",
        "Lifecycle.Core.CodeDeploy.Execution.IHookScriptExecutor",
        "Lifecycle.Core.CodeDeploy.Execution.IReservedEventRunner",
        "Lifecycle.Core.CodeDeploy.Execution.LifecycleEventCompleted",
        "Lifecycle.Core.CodeDeploy.Execution.LifecycleEventStarted",
        "Lifecycle.Core.CodeDeploy.Execution.ScriptCompleted",
    ];

    private static readonly string Root = Path.Combine(SharedFolder.RepositoryRoot, "tests", "Lifecycle.Core.Tests");

    [Fact]
    public void EveryTestFolder_IsAFolderOfTheLibrary_AndEveryFileDeclaresItsNamespace()
    {
        var library = Path.Combine(SharedFolder.RepositoryRoot, "src", "Lifecycle.Core");
        var wrong = new List<string>();
        foreach (var file in SourceFiles(Root))
        {
            var folder = Path.GetRelativePath(Root, Path.GetDirectoryName(file)!);
            if (folder != "." && !Directory.Exists(Path.Combine(library, folder)))
            {
                wrong.Add($"{folder}: src/Lifecycle.Core has no such folder");
            }

            var expected = folder == "." ? "Lifecycle.Core.Tests" : "Lifecycle.Core.Tests." + folder.Replace(Path.DirectorySeparatorChar, '.');
            var declared = Declared().Match(File.ReadAllText(file)).Groups[1].Value;
            if (declared != expected)
            {
                wrong.Add($"{Path.GetRelativePath(Root, file)}: {declared}, not {expected}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Distinct()));
    }

    [Fact]
    public void EveryPublicType_HasATestClassOfItsName_InTheFolderOfItsNamespace()
    {
        var testClasses = typeof(TestLayoutTests).Assembly.GetTypes().Select(t => t.FullName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = typeof(LifecycleHookRegistry).Assembly.GetExportedTypes()
            .Select(t => (Type: t.FullName!.Split('`')[0], Test: "Lifecycle.Core.Tests" + t.Namespace!["Lifecycle.Core".Length..] + "." + t.Name.Split('`')[0] + "Tests"))
            .Where(t => !testClasses.Contains(t.Test))
            .Select(t => t.Type)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Except(WithoutTheirOwnClassYet).ToList() is [], "Without a test class: " + string.Join(", ", missing.Except(WithoutTheirOwnClassYet)));
        Assert.True(WithoutTheirOwnClassYet.Except(missing).ToList() is [], "Has its test class now, so leaves the list: " + string.Join(", ", WithoutTheirOwnClassYet.Except(missing)));
    }

    private static IEnumerable<string> SourceFiles(string root)
    {
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?m)^namespace ([\w.]+);")]
    private static partial Regex Declared();
}
