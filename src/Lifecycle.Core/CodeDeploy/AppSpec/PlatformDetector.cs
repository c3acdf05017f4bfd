using Lifecycle.Core.CodeDeploy.AppSpec.Psych;
using Lifecycle.Core.Yaml;

namespace Lifecycle.Core.CodeDeploy.AppSpec;

/// <summary>
/// Tells the platform from the content: an ECS AppSpec names a TargetService of type AWS::ECS::Service, a
/// Lambda AppSpec a resource of type AWS::Lambda::Function (under Resources or resources); anything else is
/// read as EC2/On-Premises, as the agent reads every file it is given.
/// </summary>
internal static class PlatformDetector
{
    public static ComputePlatform Detect(YamlNode? root)
    {
        if (root?.Resolved is not YamlMapping mapping)
        {
            return ComputePlatform.Server;
        }

        var resources = mapping.Entries.LastOrDefault(e => string.Equals(e.KeyText, "resources", StringComparison.OrdinalIgnoreCase)).Value?.Resolved;
        if (resources is not YamlSequence list)
        {
            return ComputePlatform.Server;
        }

        foreach (var resource in list.Items.Select(i => i.Resolved).OfType<YamlMapping>())
        {
            foreach (var named in resource.Entries)
            {
                if (string.Equals(named.KeyText, "TargetService", StringComparison.OrdinalIgnoreCase))
                {
                    return ComputePlatform.Ecs;
                }

                var type = (named.Value.Resolved as YamlMapping)?.Entries
                    .LastOrDefault(e => string.Equals(e.KeyText, "type", StringComparison.OrdinalIgnoreCase)).Value?.Resolved as YamlScalar;
                switch (type?.Value)
                {
                    case "AWS::ECS::Service":
                        return ComputePlatform.Ecs;
                    case "AWS::Lambda::Function":
                        return ComputePlatform.Lambda;
                }
            }
        }

        return ComputePlatform.Server;
    }
}
