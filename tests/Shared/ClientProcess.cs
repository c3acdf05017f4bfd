using System.Diagnostics;

namespace Lifecycle.Tests.Shared;

/// <summary>
/// Runs a real AWS client (python3 with boto3, the AWS CLI) against the emulator and returns what it printed. A
/// client that is missing fails the test with how to install it: these tests are the evidence that clients no one
/// here wrote understand the emulator, so they never pass without running.
/// </summary>
internal static class ClientProcess
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string program, params string[] arguments) =>
        RunWithAsync(new Dictionary<string, string>(), program, arguments);

    /// <summary>Runs a client with these environment variables over the test credentials (key "test", secret "test").</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunWithAsync(IReadOnlyDictionary<string, string> environment, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["AWS_ACCESS_KEY_ID"] = "test";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "test";
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"{program} is not installed ({e.Message}). These tests need python3 with boto3 and the AWS CLI: pip install boto3 awscli.");
            throw;
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
    }

    public static string Script(string name) => Path.Combine(AppContext.BaseDirectory, "Clients", name);
}
