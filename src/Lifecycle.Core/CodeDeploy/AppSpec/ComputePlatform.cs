using System.Text.Json.Serialization;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>The compute platform an AppSpec is for, as CodeDeploy's ComputePlatform names it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ComputePlatform>))]
public enum ComputePlatform
{
    /// <summary>EC2/On-Premises: the CodeDeploy agent reads the AppSpec on each instance.</summary>
    Server,

    /// <summary>Amazon ECS: the service reads the AppSpec; hooks are Lambda functions.</summary>
    [JsonStringEnumMemberName("ECS")]
    Ecs,

    /// <summary>AWS Lambda: the service reads the AppSpec; hooks are Lambda functions.</summary>
    Lambda,
}

/// <summary>The operating system of the instances a server AppSpec is deployed to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HostOperatingSystem>))]
public enum HostOperatingSystem
{
    /// <summary>Accept <c>os: linux</c> and <c>os: windows</c> (the agent accepts only its own host's).</summary>
    Any,

    /// <summary>Linux instances: only <c>os: linux</c>.</summary>
    Linux,

    /// <summary>Windows instances: only <c>os: windows</c>.</summary>
    Windows,
}
