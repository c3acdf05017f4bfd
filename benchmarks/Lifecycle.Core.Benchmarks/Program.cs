using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project benchmarks/Lifecycle.Core.Benchmarks -- --filter '*'
// Run some:  dotnet run -c Release --project benchmarks/Lifecycle.Core.Benchmarks -- --filter '*Json*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
