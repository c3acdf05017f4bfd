using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;
using static Lifecycle.Core.AutoScaling.AutoScalingDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling.Templates;

/// <summary>
/// Reads the lifecycle hooks of a CloudFormation template, YAML or JSON (CDK's synthesized templates included): every
/// <c>AWS::AutoScaling::LifecycleHook</c> resource and every <c>LifecycleHookSpecificationList</c> entry of an
/// <c>AWS::AutoScaling::AutoScalingGroup</c> (reference §3.6). An intrinsic function, in its short form (<c>!Ref</c>,
/// <c>!Sub</c>, <c>!GetAtt</c>, ...) or its long form (<c>Ref</c>, <c>Fn::...</c>), is a computed value: present,
/// but not guessed.
/// </summary>
internal static class CloudFormationReader
{
    public const string HookType = "AWS::AutoScaling::LifecycleHook";
    public const string GroupType = "AWS::AutoScaling::AutoScalingGroup";

    /// <summary>The properties of <c>AWS::AutoScaling::LifecycleHook</c>; CloudFormation refuses any other.</summary>
    public static readonly string[] HookProperties =
        ["AutoScalingGroupName", "DefaultResult", "HeartbeatTimeout", "LifecycleHookName", "LifecycleTransition", "NotificationMetadata", "NotificationTargetARN", "RoleARN"];

    /// <summary>The members of a <c>LifecycleHookSpecification</c>: the hook's without the group's name.</summary>
    public static readonly string[] SpecificationProperties = [.. HookProperties.Where(p => p != "AutoScalingGroupName")];

    /// <summary>True when the tree is a CloudFormation template: a mapping with a Resources mapping.</summary>
    public static bool IsTemplate(YamlNode? root) =>
        root?.Resolved is YamlMapping m && m.Find("Resources")?.Value.Resolved is YamlMapping
        && (m.Find("AWSTemplateFormatVersion") is not null || Resources(m).Any(r => Type(r.Resource) is { } t && t.StartsWith("AWS::", StringComparison.Ordinal)));

    public static TemplateDefinitions Read(DocumentTree tree)
    {
        var hooks = new List<TemplateHook>();
        var groups = new List<TemplateGroup>();
        var diagnostics = new List<Diagnostic>();
        var root = (YamlMapping)tree.Root!.Resolved;
        foreach (var (id, resource, span) in Resources(root))
        {
            var properties = (resource.Resolved as YamlMapping)?.Find("Properties")?.Value.Resolved as YamlMapping;
            switch (Type(resource))
            {
                case HookType:
                    hooks.Add(ReadHook(tree, id, $"Resources.{id}.Properties", properties, span, HookProperties, separate: true, diagnostics));
                    break;
                case GroupType:
                    groups.Add(ReadGroup(tree, id, properties, span, hooks, diagnostics));
                    break;
            }
        }

        return new TemplateDefinitions(hooks, groups, diagnostics);
    }

    private static TemplateGroup ReadGroup(DocumentTree tree, string id, YamlMapping? properties, SourceSpan span, List<TemplateHook> hooks, List<Diagnostic> diagnostics)
    {
        var keys = new List<GroupKey> { GroupKey.Resource(id) };
        if (properties is not null && Value(tree, properties, "AutoScalingGroupName") is { IsComputed: false, Text: { } name })
        {
            keys.Add(GroupKey.Named(name));
        }

        var list = properties?.Find("LifecycleHookSpecificationList");
        if (list?.Value.Resolved is YamlSequence items && tree.TagOf(list.Value.Value) is null)
        {
            for (var i = 0; i < items.Items.Length; i++)
            {
                var item = items.Items[i];
                if (item.Resolved is YamlMapping entry && tree.TagOf(item) is null && !IsIntrinsic(entry))
                {
                    hooks.Add(ReadHook(tree, $"{id}.LifecycleHookSpecificationList[{i}]", $"Resources.{id}.Properties.LifecycleHookSpecificationList[{i}]",
                        entry, item.Span, SpecificationProperties, separate: false, diagnostics) with { Group = GroupKey.Resource(id) });
                }
            }
        }

        return new TemplateGroup(id, keys, properties is null ? null : Value(tree, properties, "MinSize"),
            properties is null ? null : Value(tree, properties, "DesiredCapacity"), span);
    }

    private static TemplateHook ReadHook(DocumentTree tree, string label, string path, YamlMapping? properties, SourceSpan span, string[] known, bool separate, List<Diagnostic> diagnostics)
    {
        var members = new Dictionary<string, TemplateValue>(StringComparer.Ordinal);
        foreach (var entry in properties?.Entries ?? [])
        {
            var key = entry.KeyText;
            if (key is null)
            {
                continue;
            }

            if (Array.IndexOf(known, key) < 0)
            {
                var near = NearMiss.Suggest(key, known);
                diagnostics.Add(new Diagnostic(TemplatePropertyUnknown, DiagnosticSeverity.Error,
                    $"{label}: {key} is not a property of {(separate ? HookType : "a LifecycleHookSpecification")}, and CloudFormation refuses the template (\"Encountered unsupported property {key}\").{(near is null ? $" It takes {string.Join(", ", known)}." : $" Did you mean {near}?")}",
                    $"{path}.{key}", entry.Key.Span));
                continue;
            }

            members[key] = Value(tree, properties!, key)!;
        }

        GroupKey? group = null;
        if (separate && properties?.Find("AutoScalingGroupName")?.Value is { } groupNode)
        {
            group = RefTarget(tree, groupNode) is { } target ? GroupKey.Resource(target)
                : members["AutoScalingGroupName"] is { IsComputed: false, Text: { } name } ? GroupKey.Named(name)
                : null;
        }

        return new TemplateHook(label, path, separate, group, members, span);
    }

    // A property's value: a scalar's text, or computed when an intrinsic gives it (or it is a list or mapping).
    private static TemplateValue? Value(DocumentTree tree, YamlMapping properties, string key)
    {
        if (properties.Find(key) is not { } entry)
        {
            return null;
        }

        var node = entry.Value;
        return node.Resolved is YamlScalar scalar && tree.TagOf(node) is null or "tag:yaml.org,2002:str" or "tag:yaml.org,2002:int"
            ? new TemplateValue(scalar.Value, false, node.Span)
            : TemplateValue.Computed(node.Span);
    }

    // The logical id of "!Ref X" or {"Ref": "X"}, or null.
    private static string? RefTarget(DocumentTree tree, YamlNode node) =>
        tree.TagOf(node) == "!Ref" && node.Resolved is YamlScalar s ? s.Value
        : node.Resolved is YamlMapping { Entries: [{ KeyText: "Ref", Value: var v }] } && v.Resolved is YamlScalar r ? r.Value
        : null;

    private static bool IsIntrinsic(YamlMapping mapping) =>
        mapping.Entries is [{ KeyText: { } key }] && (key == "Ref" || key == "Condition" || key.StartsWith("Fn::", StringComparison.Ordinal));

    private static IEnumerable<(string Id, YamlNode Resource, SourceSpan KeySpan)> Resources(YamlMapping root) =>
        (root.Find("Resources")?.Value.Resolved as YamlMapping)?.Entries
            .Where(e => e.KeyText is not null).Select(e => (e.KeyText!, e.Value, e.Key.Span)) ?? [];

    private static string? Type(YamlNode resource) => ((resource.Resolved as YamlMapping)?.Find("Type")?.Value.Resolved as YamlScalar)?.Value;
}
