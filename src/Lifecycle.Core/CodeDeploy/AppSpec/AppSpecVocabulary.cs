namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// The keys and values of AppSpec files, each in one place: the readers check files against them and the
/// published JSON Schemas are built from them (reference §2, §7.2, §7.3).
/// </summary>
internal static class AppSpecVocabulary
{
    /// <summary>The top-level keys of an EC2/On-Premises AppSpec that the agent reads.</summary>
    public static readonly string[] ServerTopLevelKeys = ["version", "os", "files", "permissions", "hooks", "file_exists_behavior"];

    /// <summary>The keys of a hook script. <c>sudo</c> is read by the agent but not documented.</summary>
    public static readonly string[] ScriptKeys = ["location", "timeout", "runas", "sudo"];

    /// <summary>The keys of a <c>files</c> entry.</summary>
    public static readonly string[] FileKeys = ["source", "destination"];

    /// <summary>The values of <c>file_exists_behavior</c>.</summary>
    public static readonly string[] FileExistsBehaviors = ["DISALLOW", "OVERWRITE", "RETAIN"];

    /// <summary>The values of <c>os</c>.</summary>
    public static readonly string[] OperatingSystems = ["linux", "windows"];

    /// <summary>The keys of a <c>permissions</c> entry.</summary>
    public static readonly string[] PermissionKeys = ["object", "pattern", "except", "type", "owner", "group", "mode", "acls", "context"];

    /// <summary>The keys of a permission's SELinux <c>context</c>.</summary>
    public static readonly string[] ContextKeys = ["name", "type", "range"];

    /// <summary>What a permission applies to.</summary>
    public static readonly string[] PermissionTypes = ["file", "directory"];

    /// <summary>The values of an ECS task set's <c>AssignPublicIp</c>.</summary>
    public static readonly string[] AssignPublicIpValues = ["ENABLED", "DISABLED"];

    /// <summary>The resource type of an Amazon ECS AppSpec.</summary>
    public const string EcsServiceType = "AWS::ECS::Service";

    /// <summary>The resource type of an AWS Lambda AppSpec.</summary>
    public const string LambdaFunctionType = "AWS::Lambda::Function";
}
