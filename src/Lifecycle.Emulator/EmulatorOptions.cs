using Lifecycle.Core.AutoScaling.Simulation.Scenarios;

namespace Lifecycle.Emulator;

/// <summary>How to start a <see cref="LifecycleEmulator"/>: where it listens, its clock, and the account it plays.</summary>
public sealed record EmulatorOptions
{
    /// <summary>The address to listen on (default 127.0.0.1, loopback only).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port (default 4566); 0 lets the system choose one, which <see cref="LifecycleEmulator.Endpoint"/> then gives.</summary>
    public int Port { get; init; } = 4566;

    /// <summary>Manual (the default: time moves only on request) or Real.</summary>
    public EmulatorClockMode Clock { get; init; } = EmulatorClockMode.Manual;

    /// <summary>With the Real clock, virtual seconds per wall second (default 1).</summary>
    public double Speed { get; init; } = 1;

    /// <summary>Lifecycle action tokens and ids derive from it: the same seed and the same calls give the same tokens.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The region in ARNs, queue URLs and events (default us-east-1).</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The account in ARNs, queue URLs and messages (default 123456789012).</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>
    /// With <see cref="SecretAccessKey"/>: the only access key accepted, and signatures are verified (a wrong one gets
    /// SignatureDoesNotMatch, 403). When null, any SigV4-signed request is accepted without checking the signature.
    /// </summary>
    public string? AccessKeyId { get; init; }

    /// <summary>The secret of <see cref="AccessKeyId"/>.</summary>
    public string? SecretAccessKey { get; init; }

    /// <summary>A scenario whose group, hooks and warm pool exist from the start (its steps do not run).</summary>
    public SimulationScenario? Scenario { get; init; }

    /// <summary>The largest request body accepted, in bytes (default 1 MiB); a larger one gets a 413 in the protocol's error shape.</summary>
    public int MaxRequestBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// How many events <c>/_lifecycle/timeline</c> keeps (default 100,000): past that the oldest are dropped, so a
    /// server that runs for days holds what is alive, not everything it ever did. The answer says how many went.
    /// </summary>
    public int MaxTimelineEvents { get; init; } = 100_000;

    /// <summary>The wall clock, for the Real mode and for long polls; <see cref="TimeProvider.System"/> when null.</summary>
    public TimeProvider? WallClock { get; init; }
}
