using System.CommandLine;
using System.Net;
using Lifecycle.Emulator;

namespace Lifecycle.Cli.Commands;

/// <summary>
/// <c>lifecycle serve</c>: runs the emulator (Auto Scaling, SQS, SNS and EventBridge on one local endpoint, over the
/// simulator) until SIGINT or SIGTERM. When it is ready it prints one line to stdout, <c>listening on http://HOST:PORT</c>.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "The address to listen on; loopback unless you say otherwise.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "The port; 0 picks a free one (the line printed says which).", DefaultValueFactory = _ => 4566 };
        var clock = new Option<string>("--clock") { Description = "manual (time moves only on POST /_lifecycle/clock) or real (wall time times --speed).", DefaultValueFactory = _ => "manual" };
        clock.AcceptOnlyFromAmong("manual", "real");
        var speed = new Option<double>("--speed") { Description = "With --clock real, virtual seconds per wall second.", DefaultValueFactory = _ => 1 };
        var seed = new Option<ulong>("--seed") { Description = "Lifecycle action tokens and ids derive from it.", DefaultValueFactory = _ => 1 };
        var region = new Option<string>("--region") { Description = "The region in ARNs, queue URLs and events.", DefaultValueFactory = _ => "us-east-1" };
        var account = new Option<string>("--account-id") { Description = "The account in ARNs, queue URLs and messages.", DefaultValueFactory = _ => "123456789012" };
        var scenario = new Option<string?>("--scenario") { Description = "A scenario file whose group, hooks and warm pool exist from the start (its steps do not run)." };
        var accessKey = new Option<string?>("--access-key-id") { Description = "With --secret-access-key: verify SigV4 signatures against this key (otherwise any signed request is accepted)." };
        var secretKey = new Option<string?>("--secret-access-key") { Description = "The secret of --access-key-id." };
        var command = new Command("serve", "Serve Auto Scaling, SQS, SNS and EventBridge on a local endpoint over the simulator, for real AWS SDK clients.")
        {
            host, port, clock, speed, seed, region, account, scenario, accessKey, secretKey,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            new EmulatorOptions
            {
                Host = parsed.GetValue(host)!,
                Port = parsed.GetValue(port),
                Clock = parsed.GetValue(clock) == "real" ? EmulatorClockMode.Real : EmulatorClockMode.Manual,
                Speed = parsed.GetValue(speed),
                Seed = parsed.GetValue(seed),
                Region = parsed.GetValue(region)!,
                AccountId = parsed.GetValue(account)!,
                AccessKeyId = parsed.GetValue(accessKey),
                SecretAccessKey = parsed.GetValue(secretKey),
            },
            parsed.GetValue(scenario),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(EmulatorOptions options, string? scenarioPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if ((options.AccessKeyId is null) != (options.SecretAccessKey is null))
        {
            await error.WriteLineAsync("lifecycle serve: give --access-key-id and --secret-access-key together, or neither.").ConfigureAwait(false);
            return ExitCodes.UsageOrUnreadable;
        }

        if (scenarioPath is not null)
        {
            var (scenario, exitCode) = await ScenarioFile.ReadAsync(scenarioPath, json: false, output, error, cancellationToken).ConfigureAwait(false);
            if (scenario is null)
            {
                return exitCode;
            }

            options = options with { Scenario = scenario };
        }

        if (options.Host != "localhost" && (!IPAddress.TryParse(options.Host, out var address) || !IPAddress.IsLoopback(address)))
        {
            await error.WriteLineAsync($"lifecycle serve: listening on {options.Host}, which is not loopback: other machines can reach the emulator.").ConfigureAwait(false);
        }

        LifecycleEmulator emulator;
        try
        {
            emulator = await LifecycleEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ArgumentException or IOException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            await error.WriteLineAsync($"lifecycle serve: cannot listen on {options.Host}:{options.Port}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrUnreadable;
        }

        await using (emulator.ConfigureAwait(false))
        {
            await output.WriteLineAsync($"listening on {emulator.Endpoint.GetLeftPart(UriPartial.Authority)}").ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // SIGINT or SIGTERM: stop cleanly
            }
        }

        return ExitCodes.Success;
    }
}
