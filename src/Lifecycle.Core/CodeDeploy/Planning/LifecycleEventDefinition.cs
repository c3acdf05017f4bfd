namespace Lifecycle.Core.CodeDeploy.Planning;

/// <summary>One lifecycle event in a deployment's sequence.</summary>
/// <param name="Name">The event name, such as <c>ApplicationStop</c>.</param>
/// <param name="Scriptable">False for events reserved for CodeDeploy (Start, DownloadBundle, Install, BlockTraffic, AllowTraffic, AllowTestTraffic, End).</param>
/// <param name="Scope">Once per instance or once per deployment.</param>
/// <param name="Revision">Which revision's AppSpec supplies the scripts; null for reserved events.</param>
public sealed record LifecycleEventDefinition(string Name, bool Scriptable, EventScope Scope, RevisionSource? Revision);
