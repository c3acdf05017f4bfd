using BenchmarkDotNet.Attributes;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Core.Benchmarks.CodeDeploy;

/// <summary>
/// The engine's own cost per hook: a plan of 100 scripts run through an executor that does nothing. Divide by
/// <see cref="Hooks"/> for the cost of one hook (target: under 2 us and 1 KB).
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    /// <summary>Scripts in the plan.</summary>
    public const int Hooks = 100;

    private static readonly DeploymentContext Context = new() { DeploymentId = "d-BENCH0001" };
    private readonly DeploymentEngine _engine = new(new NothingExecutor(), TimeProvider.System);
    private DeploymentPlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        var events = new[] { "BeforeInstall", "AfterInstall", "ApplicationStart", "ValidateService" };
        var yaml = "version: 0.0\nos: linux\nhooks:\n" + string.Concat(events.Select(e =>
            $"  {e}:\n" + string.Concat(Enumerable.Range(0, Hooks / events.Length).Select(i => $"    - location: scripts/{e}-{i}.sh\n      timeout: 300\n"))));
        _plan = DeploymentPlanner.Plan(AppSpecReader.Read(yaml), new DeploymentScenario()).Value;
    }

    [Benchmark(Description = "RunAsync, 100 no-op hooks")]
    public async Task<DeploymentStatus> Run() => (await _engine.RunAsync(_plan, Context).ConfigureAwait(false)).Status;

    private sealed class NothingExecutor : IHookScriptExecutor
    {
        private static readonly ScriptOutcome Done = ScriptOutcome.Success();

        public ValueTask<ScriptOutcome> ExecuteAsync(ScriptInvocation invocation, CancellationToken cancellationToken) => ValueTask.FromResult(Done);
    }
}
