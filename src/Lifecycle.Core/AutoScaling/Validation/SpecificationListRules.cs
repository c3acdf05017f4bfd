using Lifecycle.Core.Diagnostics;
using static Lifecycle.Core.AutoScaling.AutoScalingDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling.Validation;

/// <summary>Rules across the hooks of one LifecycleHookSpecificationList (reference §2.5, §4).</summary>
internal static class SpecificationListRules
{
    public static IEnumerable<Diagnostic> Check(IReadOnlyList<LifecycleHookSpecification> specifications)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < specifications.Count; i++)
        {
            var name = specifications[i].LifecycleHookName;
            if (name is null)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                yield return new Diagnostic(SpecificationDuplicateName, DiagnosticSeverity.Error,
                    $"LifecycleHookName {MessageText.Quote(name)} is used by hooks {first} and {i} of the list; each hook of a group needs its own name.",
                    $"LifecycleHookSpecificationList[{i}].LifecycleHookName");
            }
            else
            {
                seen[name] = i;
            }
        }

        // §2.5: "each hook must have the same notification target and IAM role, if specified".
        var targets = specifications.Select(s => s.NotificationTargetARN).Where(t => !string.IsNullOrEmpty(t)).Distinct(StringComparer.Ordinal).Count();
        var roles = specifications.Select(s => s.RoleARN).Where(r => !string.IsNullOrEmpty(r)).Distinct(StringComparer.Ordinal).Count();
        if (targets > 1 || roles > 1)
        {
            yield return new Diagnostic(SpecificationTargetsDiffer, DiagnosticSeverity.Error,
                $"The hooks of one LifecycleHookSpecificationList must share one notification target and one role, but they name {targets} targets and {roles} roles. "
                + "Create hooks with other targets or roles afterwards, one PutLifecycleHook call each.",
                "LifecycleHookSpecificationList");
        }
    }
}
