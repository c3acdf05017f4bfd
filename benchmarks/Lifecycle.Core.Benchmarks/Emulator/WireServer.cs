using System.Diagnostics;
using Lifecycle.Emulator;

namespace Lifecycle.Core.Benchmarks.Emulator;

/// <summary>
/// A server the throughput benchmarks drive: the Lifecycle emulator in this process (as a .NET test hosts it), or
/// moto 5.2.1's ThreadedMotoServer in a python3 process of its own (as a Python test hosts it).
/// </summary>
internal sealed class WireServer : IAsyncDisposable
{
    private readonly LifecycleEmulator? _emulator;
    private readonly Process? _moto;

    private WireServer(Uri endpoint, LifecycleEmulator? emulator, Process? moto) => (Endpoint, _emulator, _moto) = (endpoint, emulator, moto);

    public Uri Endpoint { get; }

    public bool IsMoto => _moto is not null;

    public static async Task<WireServer> StartEmulatorAsync()
    {
        var emulator = await LifecycleEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        return new WireServer(emulator.Endpoint, emulator, null);
    }

    public static WireServer StartMoto()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Emulator", "moto_server.py");
        var start = new ProcessStartInfo("python3", [script]) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var port = process.StandardOutput.ReadLine();
        if (!int.TryParse(port, out var number))
        {
            process.Kill();
            throw new InvalidOperationException($"moto_server.py printed '{port}', not a port: is moto installed (pip install 'moto[server]==5.2.1')?");
        }

        return new WireServer(new Uri($"http://127.0.0.1:{number}/"), null, process);
    }

    public async ValueTask DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        if (_moto is not null)
        {
            _moto.StandardInput.Close();
            if (!_moto.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _moto.Kill();
            }

            _moto.Dispose();
        }
    }
}
