namespace Lifecycle.Emulator.Tests;

/// <summary>One in-process emulator shared by the tests of a class, with a client for its endpoint.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public LifecycleEmulator Emulator { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await LifecycleEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        Http = new HttpClient { BaseAddress = Emulator.Endpoint };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
