using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;

namespace Lifecycle.Core.AutoScaling.Templates;

/// <summary>
/// Reads the lifecycle hooks of a Terraform plan (<c>terraform show -json PLANFILE</c>): every
/// <c>aws_autoscaling_lifecycle_hook</c> and every <c>initial_lifecycle_hook</c> block of an <c>aws_autoscaling_group</c>
/// in the planned values, in the root module and every child module, with Terraform's attribute names mapped to AWS's
/// members (reference §3.5). A value known only after apply (<c>after_unknown</c>) is computed. The provider sends an
/// optional attribute only when it is set to something other than its zero value, so an empty optional string, or a
/// heartbeat_timeout of 0, is read as not given.
/// </summary>
internal static class TerraformPlanReader
{
    public const string HookType = "aws_autoscaling_lifecycle_hook";
    public const string GroupType = "aws_autoscaling_group";

    private static readonly (string Terraform, string Aws, bool Optional)[] Attributes =
    [
        ("name", "LifecycleHookName", false),
        ("autoscaling_group_name", "AutoScalingGroupName", false),
        ("lifecycle_transition", "LifecycleTransition", false),
        ("heartbeat_timeout", "HeartbeatTimeout", true),
        ("default_result", "DefaultResult", true),
        ("notification_metadata", "NotificationMetadata", true),
        ("notification_target_arn", "NotificationTargetARN", true),
        ("role_arn", "RoleARN", true),
    ];

    public static bool IsPlan(YamlNode? root) =>
        root?.Resolved is YamlMapping m && m.Find("format_version") is not null && (m.Find("planned_values") is not null || m.Find("resource_changes") is not null);

    public static TemplateDefinitions Read(DocumentTree tree)
    {
        var root = (YamlMapping)tree.Root!.Resolved;
        var unknown = UnknownByAddress(root);
        var hooks = new List<TemplateHook>();
        var groups = new List<TemplateGroup>();
        var module = (root.Find("planned_values")?.Value.Resolved as YamlMapping)?.Find("root_module")?.Value.Resolved as YamlMapping;
        var pending = new Stack<YamlMapping>();
        if (module is not null)
        {
            pending.Push(module);
        }

        while (pending.TryPop(out var current))
        {
            foreach (var resource in Items(current, "resources"))
            {
                var address = Text(resource, "address") ?? "?";
                var values = resource.Find("values")?.Value.Resolved as YamlMapping;
                var after = unknown.GetValueOrDefault(address);
                switch (Text(resource, "type"))
                {
                    case HookType:
                        var hook = Hook(address, address, values, after, resource.Span, separate: true);
                        hooks.Add(hook with { Group = hook.Literal("AutoScalingGroupName") is { } name ? GroupKey.Named(name) : null });
                        break;
                    case GroupType:
                        groups.Add(Group(address, values, after, resource.Span, hooks));
                        break;
                }
            }

            foreach (var child in Items(current, "child_modules"))
            {
                pending.Push(child);
            }
        }

        return new TemplateDefinitions(hooks, groups, []);
    }

    private static TemplateGroup Group(string address, YamlMapping? values, YamlMapping? unknown, SourceSpan span, List<TemplateHook> hooks)
    {
        var keys = new List<GroupKey> { GroupKey.Resource(address) };
        if (values is not null && Value(values, unknown, "name", optional: false) is { IsComputed: false, Text: { } name })
        {
            keys.Add(GroupKey.Named(name));
        }

        var blocks = values?.Find("initial_lifecycle_hook")?.Value.Resolved as YamlSequence;
        var unknownBlocks = unknown?.Find("initial_lifecycle_hook")?.Value.Resolved as YamlSequence;
        for (var i = 0; i < (blocks?.Items.Length ?? 0); i++)
        {
            if (blocks!.Items[i].Resolved is YamlMapping block)
            {
                var blockUnknown = unknownBlocks is not null && i < unknownBlocks.Items.Length ? unknownBlocks.Items[i].Resolved as YamlMapping : null;
                hooks.Add(Hook($"{address}.initial_lifecycle_hook[{i}]", $"{address}.initial_lifecycle_hook[{i}]", block, blockUnknown, block.Span, separate: false)
                    with { Group = GroupKey.Resource(address) });
            }
        }

        return new TemplateGroup(address, keys, values is null ? null : Value(values, unknown, "min_size", optional: false),
            values is null ? null : Value(values, unknown, "desired_capacity", optional: true), span);
    }

    private static TemplateHook Hook(string label, string path, YamlMapping? values, YamlMapping? unknown, SourceSpan span, bool separate)
    {
        var members = new Dictionary<string, TemplateValue>(StringComparer.Ordinal);
        foreach (var (terraform, aws, optional) in Attributes)
        {
            if (!separate && terraform == "autoscaling_group_name")
            {
                continue;
            }

            if (values is not null && Value(values, unknown, terraform, optional) is { } value)
            {
                members[aws] = value;
            }
        }

        return new TemplateHook(label, path, separate, null, members, span);
    }

    // An attribute's value: null when not given (null, or an optional attribute's zero value), computed when unknown.
    private static TemplateValue? Value(YamlMapping values, YamlMapping? unknown, string attribute, bool optional)
    {
        if (unknown?.Find(attribute)?.Value.Resolved is YamlScalar { Value: "true" })
        {
            return TemplateValue.Computed(values.Find(attribute)?.Value.Span ?? values.Span);
        }

        if (values.Find(attribute)?.Value is not { } node || node.Resolved is not YamlScalar { Style: ScalarStyle.Quoted or ScalarStyle.Plain } scalar
            || (scalar.Style == ScalarStyle.Plain && scalar.Value == "null"))
        {
            return null;
        }

        return optional && scalar.Value is "" or "0" ? null : new TemplateValue(scalar.Value, false, node.Span);
    }

    // resource_changes[].change.after_unknown, by address.
    private static Dictionary<string, YamlMapping> UnknownByAddress(YamlMapping root)
    {
        var byAddress = new Dictionary<string, YamlMapping>(StringComparer.Ordinal);
        foreach (var change in Items(root, "resource_changes"))
        {
            if (Text(change, "address") is { } address && (change.Find("change")?.Value.Resolved as YamlMapping)?.Find("after_unknown")?.Value.Resolved is YamlMapping unknown)
            {
                byAddress[address] = unknown;
            }
        }

        return byAddress;
    }

    private static IEnumerable<YamlMapping> Items(YamlMapping mapping, string key) =>
        (mapping.Find(key)?.Value.Resolved as YamlSequence)?.Items.Select(i => i.Resolved).OfType<YamlMapping>() ?? [];

    private static string? Text(YamlMapping mapping, string key) => (mapping.Find(key)?.Value.Resolved as YamlScalar)?.Value;
}
