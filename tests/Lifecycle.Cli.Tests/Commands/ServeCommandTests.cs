using System.Diagnostics;
using System.Text.RegularExpressions;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Cli.Tests.Commands;

/// <summary>
/// <c>lifecycle serve</c> as users run it: a process of its own that prints one line when ready, serves real
/// clients (the AWS CLI here), and stops with exit 0 on SIGTERM.
/// </summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_WithAScenario_PrintsOneLine_ServesItsGroup_AndStopsOnSigterm()
    {
        var scenario = Path.Combine(SharedFolder.RepositoryRoot, "samples", "simulation", "warm-pool.yaml");
        using var serve = Start("serve", "--port", "0", "--clock", "manual", "--scenario", scenario);
        var line = await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var endpoint = Assert.IsType<string>(line);
        Assert.Matches(ListeningLine(), endpoint);
        endpoint = endpoint["listening on ".Length..];

        var hooks = await ClientProcess.RunAsync("aws", "--endpoint-url", endpoint, "autoscaling", "describe-lifecycle-hooks",
            "--auto-scaling-group-name", "web", "--query", "LifecycleHooks[].[LifecycleHookName,HeartbeatTimeout,DefaultResult]", "--output", "text");
        var pool = await ClientProcess.RunAsync("aws", "--endpoint-url", endpoint, "autoscaling", "describe-warm-pool",
            "--auto-scaling-group-name", "web", "--query", "WarmPoolConfiguration.PoolState", "--output", "text");
        Terminate(serve);
        await serve.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(hooks.ExitCode == 0, hooks.Error);
        Assert.Equal(["drain\t300\tCONTINUE", "warm\t120\tABANDON"], hooks.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        Assert.True(pool.ExitCode == 0, pool.Error);
        Assert.Equal("Stopped", pool.Output.Trim());
        Assert.Equal(0, serve.ExitCode);
        Assert.Equal(string.Empty, await serve.StandardOutput.ReadToEndAsync());
    }

    [Fact]
    public async Task Serve_WithAScenarioThatIsNotThere_ExitsWithADiagnostic_AndServesNothing()
    {
        using var serve = Start("serve", "--port", "0", "--scenario", Path.Combine(Path.GetTempPath(), "no-such-scenario.yaml"));
        await serve.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        // The scenario's diagnostics come as every command writes them, on stdout, and no listening line follows.
        var output = await serve.StandardOutput.ReadToEndAsync();
        Assert.Equal(2, serve.ExitCode);
        Assert.Contains("no-such-scenario.yaml: error LCL001: Cannot read the file", output);
        Assert.DoesNotContain("listening on", output);
    }

    [GeneratedRegex(@"^listening on http://127\.0\.0\.1:[1-9][0-9]*$")]
    private static partial Regex ListeningLine();

    // The tool as a process, the framework-dependent build next to these tests.
    private static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lifecycle.dll"));
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        return Process.Start(start)!;
    }

    private static void Terminate(Process process)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }
}
