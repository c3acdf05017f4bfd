using System.Runtime.InteropServices;
using Lifecycle.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// SIGTERM (a container stopping, `kill`) stops a long-running command such as `serve` cleanly, as Ctrl+C does.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

return await LifecycleCli.RunAsync(args, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
