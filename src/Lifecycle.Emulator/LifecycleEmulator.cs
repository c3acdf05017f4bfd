using System.Net;
using Lifecycle.Emulator.AutoScaling;
using Lifecycle.Emulator.Hosting;
using Lifecycle.Emulator.World;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lifecycle.Emulator;

/// <summary>
/// A local endpoint that speaks AWS's wire protocols over the Auto Scaling simulator: Amazon EC2 Auto Scaling
/// (query), Amazon SQS (JSON and query), Amazon SNS (query) and Amazon EventBridge (JSON), one URL for all, plus
/// the emulator's own clock and timeline under <c>/_lifecycle/</c>. Point an AWS SDK's endpoint URL at
/// <see cref="Endpoint"/>. Start it with <see cref="StartAsync"/> and dispose it when done.
/// </summary>
public sealed class LifecycleEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorWorld _world;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _ticking;

    private LifecycleEmulator(WebApplication app, EmulatorWorld world, Uri endpoint)
    {
        _app = app;
        _world = world;
        Endpoint = endpoint;
        _ticking = world.Clock.Mode == EmulatorClockMode.Real ? TickAsync(_stopping.Token) : Task.CompletedTask;
    }

    /// <summary>The URL every service answers at, such as <c>http://127.0.0.1:4566/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The virtual time the emulator has reached, in whole seconds since it started.</summary>
    public TimeSpan Now
    {
        get
        {
            lock (_world.Gate)
            {
                _world.CatchUp();
                return TimeSpan.FromSeconds(_world.Now);
            }
        }
    }

    /// <summary>Starts listening; the task completes when the endpoint answers.</summary>
    /// <param name="options">Where to listen, the clock, the account; defaults when null.</param>
    /// <param name="cancellationToken">Stops a start that has not finished.</param>
    /// <returns>The running emulator.</returns>
    /// <exception cref="ArgumentException">An option is out of range (a port outside 0-65535, a speed that is not positive, a host that is not an IP address or localhost).</exception>
    public static async Task<LifecycleEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Port, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTimelineEvents, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRequestBodyBytes, 1, nameof(options));
        if (!(options.Speed > 0) || double.IsInfinity(options.Speed))
        {
            throw new ArgumentException($"Speed must be a positive number; it is {options.Speed}.", nameof(options));
        }

        var address = options.Host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(options.Host, out var parsed) ? parsed
            : throw new ArgumentException($"Host must be an IP address or localhost; it is '{options.Host}'.", nameof(options));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(address, options.Port);
            k.Limits.MaxRequestBodySize = null; // the emulator applies its own limit, with an AWS error shape
            k.AddServerHeader = false;
        });
        var app = builder.Build();
        RequestDispatcher? dispatcher = null; // set once the bound port (and so the queue URLs) is known
        app.Run(context => dispatcher is null ? Unavailable(context) : dispatcher.HandleAsync(context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(bound).Port;
        var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        var endpoint = new Uri($"http://{(address.Equals(IPAddress.Any) ? "127.0.0.1" : host)}:{port}/");
        var clock = new VirtualClock(options.Clock, options.Speed, options.WallClock ?? TimeProvider.System);
        var world = new EmulatorWorld(options, clock, endpoint);
        if (options.Scenario is { } scenario)
        {
            ScenarioPreload.Apply(world, scenario);
        }

        dispatcher = new RequestDispatcher(world, options);
        return new LifecycleEmulator(app, world, endpoint);
    }

    private static Task Unavailable(HttpContext context)
    {
        context.Response.StatusCode = 503;
        return Task.CompletedTask;
    }

    /// <summary>Moves virtual time forward, firing every deadline on the way (as <c>POST /_lifecycle/clock</c> does).</summary>
    /// <param name="duration">Whole seconds, not negative.</param>
    /// <exception cref="ArgumentException"><paramref name="duration"/> is negative or not whole seconds.</exception>
    public void AdvanceClock(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        if (duration.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentException($"The clock moves in whole seconds; {duration} is not.", nameof(duration));
        }

        lock (_world.Gate)
        {
            _world.Clock.Advance(duration.Ticks / TimeSpan.TicksPerSecond);
            _world.CatchUp();
        }
    }

    // The Real clock fires deadlines even when no request comes, and wakes long polls as time moves.
    private async Task TickAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100), _world.Clock.Wall);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                lock (_world.Gate)
                {
                    _world.CatchUp();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    /// <summary>Stops listening and waits for requests in flight.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _ticking.ConfigureAwait(false);
        lock (_world.Gate)
        {
            _world.Queues.WakeAll();
        }

        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
