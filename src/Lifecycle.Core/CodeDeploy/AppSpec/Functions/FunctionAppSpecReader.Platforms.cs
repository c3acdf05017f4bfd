using Lifecycle.Core.CodeDeploy.AppSpec.Psych;
using Lifecycle.Core.Yaml;
using static Lifecycle.Core.CodeDeploy.AppSpec.AppSpecDiagnosticCodes;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Functions;

/// <summary>The ECS (§7.3) and Lambda (§7.2) specifics.</summary>
internal sealed partial class FunctionAppSpecReader
{
    private static readonly string[] AssignPublicIpValues = AppSpecVocabulary.AssignPublicIpValues;

    private EcsAppSpec? ReadEcsRoot(YamlNode? node)
    {
        if (Root(node, "ECS") is not { } root)
        {
            return null;
        }

        var version = ReadVersion(root);
        var service = ReadResource(root, AppSpecVocabulary.EcsServiceType, "TargetService") is { } resource ? ReadTargetService(resource.Body, resource.Path) : null;
        var hooks = ReadHooks(root, LifecycleEventNames.Ecs, "Amazon ECS");
        foreach (var hook in hooks.Where(h => h.LifecycleEvent == LifecycleEventName.AfterAllowTestTraffic))
        {
            Warn(TrafficHookNeedsLoadBalancer, "AfterAllowTestTraffic runs only when the deployment group has a test listener; without one the hook is ignored.", "Hooks", root.Span);
        }

        return version is null || service is null || HasError()
            ? null
            : new EcsAppSpec { Version = version, TargetService = service, Hooks = hooks };
    }

    private EcsTargetService? ReadTargetService(YamlMapping properties, string path)
    {
        var taskDefinition = RequiredText(properties, "TaskDefinition", path, "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3");
        string? container = null;
        int? port = null;
        var lbPath = $"{path}.LoadBalancerInfo";
        if (Get(properties, "LoadBalancerInfo", path)?.Value.Resolved is YamlMapping loadBalancer)
        {
            container = RequiredText(loadBalancer, "ContainerName", lbPath, "web");
            var portEntry = Get(loadBalancer, "ContainerPort", lbPath);
            if (portEntry is null)
            {
                Error(PropertyRequired, "ContainerPort is missing. Add the container's port as a number, such as \"ContainerPort: 80\".", $"{lbPath}.ContainerPort", loadBalancer.Span);
            }
            else
            {
                port = Integer(portEntry.Value, $"{lbPath}.ContainerPort", documentedAsString: false, minimum: 1, "a port number, 1 to 65535");
            }
        }
        else
        {
            Error(PropertyRequired, "LoadBalancerInfo is missing. Add it with ContainerName and ContainerPort.", lbPath, properties.Span);
        }

        var (subnets, groups, assign) = ReadNetwork(properties, path);
        var strategy = ReadCapacityProviders(properties, path);
        var platformVersion = Get(properties, "PlatformVersion", path) is { } pv ? Text(pv.Value) : null;

        return taskDefinition is null || container is null || port is null
            ? null
            : new EcsTargetService
            {
                TaskDefinition = taskDefinition,
                ContainerName = container,
                ContainerPort = port.Value,
                PlatformVersion = platformVersion,
                Subnets = subnets,
                SecurityGroups = groups,
                AssignPublicIp = assign,
                CapacityProviderStrategy = strategy,
            };
    }

    // "All or none of the settings under NetworkConfiguration must be specified" (§7.3).
    private (List<string> Subnets, List<string> Groups, string? Assign) ReadNetwork(YamlMapping properties, string path)
    {
        var netPath = $"{path}.NetworkConfiguration";
        if (Get(properties, "NetworkConfiguration", path)?.Value.Resolved is not YamlMapping network)
        {
            return ([], [], null);
        }

        var vpcPath = $"{netPath}.AwsvpcConfiguration";
        if (Get(network, "AwsvpcConfiguration", netPath)?.Value.Resolved is not YamlMapping vpc)
        {
            Error(NetworkConfiguration, "NetworkConfiguration has no AwsvpcConfiguration. Put Subnets, SecurityGroups and AssignPublicIp under AwsvpcConfiguration.", vpcPath, network.Span);
            return ([], [], null);
        }

        var subnets = Get(vpc, "Subnets", vpcPath);
        var groups = Get(vpc, "SecurityGroups", vpcPath);
        var assign = Get(vpc, "AssignPublicIp", vpcPath);
        var given = new[] { subnets, groups, assign }.Count(e => e is not null);
        if (given is > 0 and < 3)
        {
            Error(NetworkConfiguration, "AwsvpcConfiguration must give all of Subnets, SecurityGroups and AssignPublicIp, or none of them.", vpcPath, vpc.Span);
        }

        var assignText = assign is null ? null : Text(assign.Value.Value);
        if (assign is not null && !AssignPublicIpValues.Contains(assignText, StringComparer.Ordinal))
        {
            Error(NetworkConfiguration, $"AssignPublicIp is {assignText ?? "not a value"}, but it must be ENABLED or DISABLED.", $"{vpcPath}.AssignPublicIp", assign.Value.Value.Span);
        }

        return (TextList(subnets, $"{vpcPath}.Subnets"), TextList(groups, $"{vpcPath}.SecurityGroups"), assignText);
    }

    private List<string> TextList(YamlEntry? entry, string path)
    {
        if (entry is null)
        {
            return [];
        }

        if (entry.Value.Value.Resolved is not YamlSequence list || list.Items.Any(i => Text(i) is null))
        {
            Error(PropertyType, $"{entry.Value.KeyText} must be a list of IDs, such as [\"subnet-1234abcd\"].", path, entry.Value.Value.Span);
            return [];
        }

        return [.. list.Items.Select(i => Text(i)!)];
    }

    // "Only one capacity provider in a capacity provider strategy can have a base defined" (§7.3).
    private List<EcsCapacityProvider> ReadCapacityProviders(YamlMapping properties, string path)
    {
        var providers = new List<EcsCapacityProvider>();
        var entry = Get(properties, "CapacityProviderStrategy", path);
        if (entry is null)
        {
            return providers;
        }

        var strategyPath = $"{path}.CapacityProviderStrategy";
        if (entry.Value.Value.Resolved is not YamlSequence list)
        {
            Error(CapacityProviderStrategy, "CapacityProviderStrategy is not a list of {Base, CapacityProvider, Weight} entries.", strategyPath, entry.Value.Value.Span);
            return providers;
        }

        var bases = 0;
        for (var i = 0; i < list.Items.Length; i++)
        {
            var itemPath = $"{strategyPath}[{i}]";
            if (list.Items[i].Resolved is not YamlMapping item)
            {
                Error(CapacityProviderStrategy, $"{itemPath} is not a mapping with CapacityProvider, Base and Weight.", itemPath, list.Items[i].Span);
                continue;
            }

            var name = RequiredText(item, "CapacityProvider", itemPath, "FARGATE");
            var baseEntry = Get(item, "Base", itemPath);
            var weightEntry = Get(item, "Weight", itemPath);
            var baseValue = baseEntry is null ? 0 : Integer(baseEntry.Value, $"{itemPath}.Base", documentedAsString: false, minimum: 0, "a whole number, 0 or more");
            var weight = weightEntry is null ? 0 : Integer(weightEntry.Value, $"{itemPath}.Weight", documentedAsString: false, minimum: 0, "a whole number, 0 or more");
            if (baseEntry is not null && ++bases == 2)
            {
                Error(CapacityProviderStrategy, "More than one capacity provider has a Base; only one of a strategy may.", $"{itemPath}.Base", baseEntry.Value.Key.Span);
            }

            if (name is not null && baseValue is not null && weight is not null)
            {
                providers.Add(new EcsCapacityProvider(name, baseValue.Value, weight.Value));
            }
        }

        return providers;
    }

    private LambdaAppSpec? ReadLambdaRoot(YamlNode? node)
    {
        if (Root(node, "Lambda") is not { } root)
        {
            return null;
        }

        var version = ReadVersion(root);
        string? name = null, alias = null;
        int? current = null, target = null;
        var resource = ReadResource(root, AppSpecVocabulary.LambdaFunctionType, "Lambda function");
        if (resource is { } r)
        {
            name = RequiredText(r.Body, "Name", r.Path, "my-function");
            alias = RequiredText(r.Body, "Alias", r.Path, "live");
            current = Version(r.Body, "CurrentVersion", r.Path);
            target = Version(r.Body, "TargetVersion", r.Path);
        }

        var hooks = ReadHooks(root, LifecycleEventNames.Lambda, "AWS Lambda");
        return version is null || resource is null || name is null || alias is null || current is null || target is null || HasError()
            ? null
            : new LambdaAppSpec
            {
                Version = version,
                ResourceName = resource.Value.Name,
                Name = name,
                Alias = alias,
                CurrentVersion = current.Value,
                TargetVersion = target.Value,
                Hooks = hooks,
            };
    }

    // "This value must be a valid positive integer" (§7.2).
    private int? Version(YamlMapping properties, string key, string path)
    {
        var entry = Get(properties, key, path);
        if (entry is null)
        {
            Error(PropertyRequired, $"{key} is missing. Add the function version number, such as \"{key}: \\\"3\\\"\".", $"{path}.{key}", properties.Span);
            return null;
        }

        return Integer(entry.Value, $"{path}.{key}", documentedAsString: true, minimum: 1, "a positive whole number (a published function version, not $LATEST)");
    }
}
