namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>How to read an AppSpec.</summary>
public sealed record AppSpecOptions
{
    /// <summary>The defaults: detect the platform, accept either operating system, default limits.</summary>
    public static AppSpecOptions Default { get; } = new();

    /// <summary>The platform to read the file as; null detects it from the content.</summary>
    public ComputePlatform? Platform { get; init; }

    /// <summary>The operating system of the target instances (server AppSpecs).</summary>
    public HostOperatingSystem HostOs { get; init; } = HostOperatingSystem.Any;

    /// <summary>Bounds on hostile documents.</summary>
    public AppSpecLimits Limits { get; init; } = AppSpecLimits.Default;
}
