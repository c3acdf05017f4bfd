using System.Text.Json.Serialization;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// What reading an AppSpec found: the platform, every diagnostic (errors are what would fail the deployment,
/// warnings what would silently not do what was meant), and the model of a server AppSpec as the agent reads it.
/// </summary>
public sealed class AppSpecDocument
{
    [JsonConstructor]
    internal AppSpecDocument(ComputePlatform platform, IReadOnlyList<Diagnostic> diagnostics, ServerAppSpec? server, EcsAppSpec? ecs = null, LambdaAppSpec? lambda = null)
    {
        Platform = platform;
        Diagnostics = diagnostics;
        Server = server;
        Ecs = ecs;
        Lambda = lambda;
    }

    /// <summary>The platform the file was read as.</summary>
    public ComputePlatform Platform { get; }

    /// <summary>Every finding, in document order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when no diagnostic is an error.</summary>
    public bool IsValid => !Diagnostics.Any(d => d.IsError);

    /// <summary>The server AppSpec as the agent reads it; null for other platforms or when the file has an error.</summary>
    public ServerAppSpec? Server { get; }

    /// <summary>The ECS AppSpec; null for other platforms or when the file has an error.</summary>
    public EcsAppSpec? Ecs { get; }

    /// <summary>The Lambda AppSpec; null for other platforms or when the file has an error.</summary>
    public LambdaAppSpec? Lambda { get; }
}
