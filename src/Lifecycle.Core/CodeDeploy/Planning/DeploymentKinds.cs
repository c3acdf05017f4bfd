using System.Text.Json.Serialization;

namespace Lifecycle.Core.CodeDeploy.Planning;

/// <summary>How a deployment replaces the application (CodeDeploy's DeploymentType).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeploymentType>))]
public enum DeploymentType
{
    /// <summary>IN_PLACE: the application is stopped, replaced and started on the same instances.</summary>
    [JsonStringEnumMemberName("IN_PLACE")]
    InPlace,

    /// <summary>BLUE_GREEN: replacement instances get the new revision; traffic moves from the original ones.</summary>
    [JsonStringEnumMemberName("BLUE_GREEN")]
    BlueGreen,
}

/// <summary>Which instances of a blue/green deployment an event sequence is for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InstanceGroup>))]
public enum InstanceGroup
{
    /// <summary>The instances traffic moves away from (blue).</summary>
    Original,

    /// <summary>The instances traffic moves to (green).</summary>
    Replacement,
}

/// <summary>Which revision's AppSpec supplies an event's scripts (reference §4.2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RevisionSource>))]
public enum RevisionSource
{
    /// <summary>The revision being deployed.</summary>
    Current,

    /// <summary>The last revision whose Install succeeded on the instance (nothing on a first deployment).</summary>
    LastSuccessful,

    /// <summary>The most recently downloaded revision (used by blue/green rollbacks).</summary>
    MostRecent,
}

/// <summary>How often an event runs.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventScope>))]
public enum EventScope
{
    /// <summary>Once on each instance (EC2/On-Premises).</summary>
    PerInstance,

    /// <summary>Once for the whole deployment (ECS and Lambda).</summary>
    PerDeployment,
}
