using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Templates;

/// <summary>
/// A member's value as a template gives it: literal text, or a value the template computes (a CloudFormation
/// intrinsic such as <c>!Ref</c>, a Terraform value known only after apply), which is not guessed.
/// </summary>
internal sealed record TemplateValue(string? Text, bool IsComputed, SourceSpan Span)
{
    public static TemplateValue Computed(SourceSpan span) => new(null, true, span);
}

/// <summary>Where a hook definition belongs: a group of the same template (by its logical id or address), or a named group.</summary>
internal readonly record struct GroupKey(string Value)
{
    public static GroupKey Resource(string id) => new("resource:" + id);

    public static GroupKey Named(string name) => new("name:" + name);
}

/// <summary>
/// One lifecycle hook as a template defines it: a separate hook resource, or an entry of a group's own list of
/// hooks. <see cref="Label"/> names it in messages (the logical id or Terraform address); <see cref="Path"/> is
/// where its members are, for diagnostic paths.
/// </summary>
internal sealed record TemplateHook(string Label, string Path, bool IsSeparateResource, GroupKey? Group, IReadOnlyDictionary<string, TemplateValue> Members, SourceSpan Span)
{
    /// <summary>The member's literal text, or null when it is absent or computed.</summary>
    public string? Literal(string member) => Members.TryGetValue(member, out var v) && !v.IsComputed ? v.Text : null;
}

/// <summary>A group a template defines: its keys, its hooks' list, and how many instances it launches when created.</summary>
internal sealed record TemplateGroup(string Label, IReadOnlyList<GroupKey> Keys, TemplateValue? MinSize, TemplateValue? DesiredCapacity, SourceSpan Span)
{
    /// <summary>
    /// The instances the group launches when it is created, as far as the template says it literally: the desired
    /// capacity, else at least MinSize (the desired capacity is never below it); null when unknown.
    /// </summary>
    public int? LaunchesAtCreation
    {
        get
        {
            var (desired, min) = (Number(DesiredCapacity), Number(MinSize));
            return desired ?? (DesiredCapacity is null || min > 0 ? min : null);
        }
    }

    private static int? Number(TemplateValue? value) =>
        value is { IsComputed: false, Text: { } text } && int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>What a template reader found: the hooks, the groups, and any finding about the template's own shape.</summary>
internal sealed record TemplateDefinitions(IReadOnlyList<TemplateHook> Hooks, IReadOnlyList<TemplateGroup> Groups, IReadOnlyList<Diagnostic> Diagnostics);
