using BenchmarkDotNet.Running;
using Lifecycle.Core.Benchmarks.CodeDeploy;

// Run all:   dotnet run -c Release --project benchmarks/Lifecycle.Core.Benchmarks -- --filter '*'
// Run some:  dotnet run -c Release --project benchmarks/Lifecycle.Core.Benchmarks -- --filter '*Json*'
// AppSpec overhead in CPU time (steady on a shared machine):
//            dotnet run -c Release --project benchmarks/Lifecycle.Core.Benchmarks -- --cpu-appspec
if (args is ["--cpu-appspec"])
{
    AppSpecCpuTime.Run(AppSpecBenchmarks.ServerFiles());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
