using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace Lifecycle.Core.Benchmarks.Cli;

/// <summary>
/// One AppSpec checked as a whole process, as a pre-commit hook or a CI step runs it: the native lifecycle, the
/// framework-dependent lifecycle, and the CodeDeploy agent's own Ruby parser (the baseline) on the same file.
/// Needs, in the environment:
///   LIFECYCLE_NATIVE     the native executable (dotnet publish src/Lifecycle.Cli -c Release -r linux-x64 -p:PublishAot=true)
///   LIFECYCLE_TOOL_DLL   lifecycle.dll of the framework-dependent build (dotnet build src/Lifecycle.Cli -c Release)
///   LIFECYCLE_AGENT_LIB  the lib folder of aws-codedeploy-agent 1.8.1 (not part of this repository), and ruby on PATH
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 20)]
public class StartupBenchmarks
{
    // Loads the agent's AppSpec parser and parses the file, accepting both linux and windows as the host's os.
    private const string AgentScript =
        "require 'yaml'; module InstanceAgent; module Platform; def self.util; self; end; def self.supported_oses; %w[linux windows]; end; end; end; "
        + "require 'instance_agent/plugins/codedeploy/application_specification/application_specification'; "
        + "InstanceAgent::Plugins::CodeDeployPlugin::ApplicationSpecification::ApplicationSpecification.parse(File.read(ARGV[0]))";

    private string _file = string.Empty;
    private string _native = string.Empty;
    private string _dll = string.Empty;
    private string _agentLib = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(RepositoryRoot(), "samples", "web-app-fixed", "appspec.yml");
        _native = Required("LIFECYCLE_NATIVE");
        _dll = Required("LIFECYCLE_TOOL_DLL");
        _agentLib = Required("LIFECYCLE_AGENT_LIB");

        // Each must accept the file, or the comparison is of different work.
        foreach (var (name, run) in new (string, Func<int>)[] { ("agent", Agent), ("native", Native), ("framework", Framework) })
        {
            if (run() != 0)
            {
                throw new InvalidOperationException($"The {name} check of {_file} did not exit 0.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "CodeDeploy agent 1.8.1 parser (Ruby)")]
    public int Agent() => Run("ruby", "-I", _agentLib, "-e", AgentScript, _file);

    [Benchmark(Description = "lifecycle, native (NativeAOT)")]
    public int Native() => Run(_native, "appspec", "validate", _file);

    [Benchmark(Description = "lifecycle, framework-dependent")]
    public int Framework() => Run("dotnet", _dll, "appspec", "validate", _file);

    private static int Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    private static string Required(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"Set {variable} (see StartupBenchmarks).");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lifecycle.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
