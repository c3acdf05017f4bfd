using BenchmarkDotNet.Running;
using Lifecycle.Core.Benchmarks.CodeDeploy;

// Run all:   dotnet run -c Release --project benchmarks/Lifecycle.Core.Benchmarks -- --filter '*'
// Run some:  dotnet run -c Release --project benchmarks/Lifecycle.Core.Benchmarks -- --filter '*Json*'
// AppSpec overhead in CPU time (steady on a shared machine):
//            dotnet run -c Release --project benchmarks/Lifecycle.Core.Benchmarks -- --cpu-appspec
// Simulator memory held per active lifecycle action:
//            dotnet run -c Release --project benchmarks/Lifecycle.Core.Benchmarks -- --sim-memory
if (args is ["--sim-memory"])
{
    foreach (var record in new[] { true, false })
    {
        Console.WriteLine($"RecordTimeline={record}: {Lifecycle.Core.Benchmarks.AutoScaling.SimulatorBenchmarks.BytesHeldPerActiveAction(record):F0} bytes held per active action");
    }

    return;
}

if (args is ["--cpu-appspec"])
{
    AppSpecCpuTime.Run(AppSpecBenchmarks.ServerFiles());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
