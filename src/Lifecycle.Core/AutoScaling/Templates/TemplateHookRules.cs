using System.Globalization;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.AutoScaling.Validation;
using static Lifecycle.Core.AutoScaling.AutoScalingDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling.Templates;

/// <summary>
/// Checks the hooks a template defines with exactly the rules of PutLifecycleHook (and of CreateAutoScalingGroup's
/// LifecycleHookSpecification), then the rules only a whole template can see: two hooks of one name on a group, more
/// than 50, and a separate launching hook on a group that launches instances when it is created. A computed value
/// stands in for a valid one, so its own rules are skipped while the rules about presence still apply.
/// </summary>
internal static class TemplateHookRules
{
    /// <summary>CloudFormation's AWS::AutoScaling::LifecycleHook allows 1,023 characters of NotificationMetadata (the API, 4,000).</summary>
    public const int CloudFormationMetadataMaxLength = 1023;

    // Values that pass every rule of their member, standing in for computed ones.
    private static readonly Dictionary<string, string> Placeholders = new(StringComparer.Ordinal)
    {
        ["LifecycleHookName"] = "computed",
        ["AutoScalingGroupName"] = "computed",
        ["LifecycleTransition"] = LifecycleTransition.LaunchingWire,
        ["DefaultResult"] = "ABANDON",
        ["NotificationMetadata"] = "computed",
        ["NotificationTargetARN"] = "arn:aws:sqs:us-east-1:123456789012:computed",
        ["RoleARN"] = "arn:aws:iam::123456789012:role/computed",
    };

    // Rules about whether members are given, which a computed value satisfies (or not) as a literal one would.
    private static readonly HashSet<string> PresenceRules = new(StringComparer.Ordinal)
    {
        HookNameRequired, GroupNameRequired, TransitionRequiredOnCreate, RoleRequiredWithTarget, RoleWithoutTarget,
    };

    /// <param name="definitions">What the template reader found.</param>
    /// <param name="generatesNames">True when a separate hook may leave its name out (CloudFormation makes one up).</param>
    /// <param name="metadataMaxLength">The template language's own bound on a separate hook's NotificationMetadata, or null.</param>
    public static List<Diagnostic> Check(TemplateDefinitions definitions, bool generatesNames, int? metadataMaxLength)
    {
        var found = new List<Diagnostic>(definitions.Diagnostics);
        foreach (var hook in definitions.Hooks)
        {
            found.AddRange(CheckHook(hook, generatesNames && hook.IsSeparateResource, hook.IsSeparateResource ? metadataMaxLength : null));
        }

        found.AddRange(AcrossGroups(definitions));
        return [.. found.OrderBy(d => d.Span?.Line ?? 0).ThenBy(d => d.Span?.Column ?? 0)];
    }

    private static IEnumerable<Diagnostic> CheckHook(TemplateHook hook, bool nameGenerated, int? metadataMaxLength)
    {
        var skipped = hook.Members.Where(m => m.Value.IsComputed).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        string? Member(string name) => hook.Members.TryGetValue(name, out var v) ? (v.IsComputed ? Placeholders[name] : v.Text) : null;
        var name = Member("LifecycleHookName");
        if (name is null && nameGenerated)
        {
            name = "generated";
            skipped.Add("LifecycleHookName");
        }

        int? heartbeat = null;
        if (hook.Members.TryGetValue("HeartbeatTimeout", out var timeout) && !timeout.IsComputed)
        {
            if (int.TryParse(timeout.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
            {
                heartbeat = seconds;
            }
            else
            {
                yield return At(hook, new Diagnostic(TemplateValueWrongType, DiagnosticSeverity.Error,
                    $"HeartbeatTimeout is {MessageText.Quote(timeout.Text ?? string.Empty)}, not a whole number of seconds. Write a number from 30 to 7200, such as 300.", "HeartbeatTimeout"));
            }
        }

        var diagnostics = hook.IsSeparateResource
            ? new PutLifecycleHookRequest
            {
                LifecycleHookName = name, AutoScalingGroupName = Member("AutoScalingGroupName"), LifecycleTransition = Member("LifecycleTransition"),
                RoleARN = Member("RoleARN"), NotificationTargetARN = Member("NotificationTargetARN"), NotificationMetadata = Member("NotificationMetadata"),
                HeartbeatTimeout = heartbeat, DefaultResult = Member("DefaultResult"),
            }.Validate()
            : new LifecycleHookSpecification
            {
                LifecycleHookName = name, LifecycleTransition = Member("LifecycleTransition"), RoleARN = Member("RoleARN"),
                NotificationTargetARN = Member("NotificationTargetARN"), NotificationMetadata = Member("NotificationMetadata"),
                HeartbeatTimeout = heartbeat, DefaultResult = Member("DefaultResult"),
            }.Validate();

        // A computed member's own rules are skipped; the rules about which members are present still apply.
        foreach (var d in diagnostics.Where(d => PresenceRules.Contains(d.Code) || !skipped.Contains(d.Path)))
        {
            yield return At(hook, d with { Message = WithoutPlaceholders(d.Message, hook) });
        }

        if (metadataMaxLength is { } max && hook.Literal("NotificationMetadata") is { } metadata && metadata.Length > max && metadata.Length <= AutoScalingRules.MetadataMaxLength)
        {
            yield return At(hook, new Diagnostic(TemplateMetadataTooLong, DiagnosticSeverity.Error,
                $"NotificationMetadata has {metadata.Length:N0} characters. PutLifecycleHook takes up to {AutoScalingRules.MetadataMaxLength:N0}, but CloudFormation's {CloudFormationReader.HookType} takes at most {max:N0} and refuses the template. Shorten it, or define the hook in the group's LifecycleHookSpecificationList, which takes {AutoScalingRules.MetadataMaxLength:N0}.",
                "NotificationMetadata"));
        }
    }

    private static IEnumerable<Diagnostic> AcrossGroups(TemplateDefinitions definitions)
    {
        // Every key a group answers to (its logical id, its literal name) leads to the group.
        var groups = new Dictionary<GroupKey, TemplateGroup>();
        foreach (var group in definitions.Groups)
        {
            foreach (var key in group.Keys)
            {
                groups.TryAdd(key, group);
            }
        }

        var byGroup = definitions.Hooks.Where(h => h.Group is not null)
            .GroupBy(h => groups.TryGetValue(h.Group!.Value, out var g) ? g.Keys[0] : h.Group!.Value);
        foreach (var hooks in byGroup)
        {
            groups.TryGetValue(hooks.Key, out var group);
            var named = new Dictionary<string, TemplateHook>(StringComparer.Ordinal);
            var count = 0;
            foreach (var hook in hooks)
            {
                if (++count == LifecycleHookRegistry.MaxHooksPerGroup + 1)
                {
                    yield return At(hook, new Diagnostic(HookLimitExceeded, DiagnosticSeverity.Error,
                        $"This is hook {count} of {group?.Label ?? "the group"}; a group has at most {LifecycleHookRegistry.MaxHooksPerGroup}, and AWS refuses the rest (LimitExceeded).", string.Empty));
                }

                if (hook.Literal("LifecycleHookName") is { } name)
                {
                    if (named.TryGetValue(name, out var first))
                    {
                        yield return At(hook, new Diagnostic(TemplateDuplicateHookName, DiagnosticSeverity.Error,
                            $"LifecycleHookName {MessageText.Quote(name)} is also the name of {first.Label}, on the same group; a group's hooks need names of their own, and the second put replaces the first.",
                            "LifecycleHookName"));
                    }
                    else
                    {
                        named[name] = hook;
                    }
                }

                if (hook.IsSeparateResource && hook.Literal("LifecycleTransition") == LifecycleTransition.LaunchingWire && group?.LaunchesAtCreation is > 0 and var launched)
                {
                    yield return At(hook, new Diagnostic(SeparateLaunchHookMissesFirstInstances, DiagnosticSeverity.Warning,
                        $"This launching hook is a resource of its own, created after {group.Label}: the {launched} {(launched == 1 ? "instance" : "instances")} the group launches when it is created start before the hook exists and never wait on it. Define the hook in the group itself (LifecycleHookSpecificationList, or initial_lifecycle_hook in Terraform), which applies from the first instance.",
                        string.Empty));
                }
            }
        }
    }

    // A message that quotes a stand-in value says what the value really is.
    private static string WithoutPlaceholders(string message, TemplateHook hook)
    {
        foreach (var (member, value) in hook.Members.Where(m => m.Value.IsComputed))
        {
            message = message.Replace(MessageText.Quote(Placeholders[member]), "a value the template computes", StringComparison.Ordinal);
        }

        return message;
    }

    // The finding placed at its member (or at the hook), named after the hook, with the hook's path in front.
    private static Diagnostic At(TemplateHook hook, Diagnostic d)
    {
        var member = d.Path.Split('.', '[')[0];
        var span = hook.Members.TryGetValue(member, out var value) ? value.Span : hook.Span;
        return d with { Message = $"{hook.Label}: {d.Message}", Path = d.Path.Length == 0 ? hook.Path : $"{hook.Path}.{d.Path}", Span = span };
    }
}
