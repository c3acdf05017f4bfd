using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;

namespace Lifecycle.Core.AutoScaling.Templates;

/// <summary>What kind of file defined the hooks.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HookDefinitionFormat>))]
public enum HookDefinitionFormat
{
    /// <summary>PutLifecycleHook requests as JSON (<c>aws autoscaling put-lifecycle-hook --cli-input-json</c>).</summary>
    PutLifecycleHookJson = 0,

    /// <summary>A CloudFormation template, YAML or JSON, CDK's synthesized ones included.</summary>
    CloudFormation = 1,

    /// <summary>A Terraform plan as <c>terraform show -json</c> writes it.</summary>
    TerraformPlan = 2,
}

/// <summary>What checking a file of hook definitions found.</summary>
public sealed record HookDefinitionReport
{
    internal HookDefinitionReport(HookDefinitionFormat format, int hooks, IReadOnlyList<Diagnostic> diagnostics)
    {
        Format = format;
        Hooks = hooks;
        Diagnostics = diagnostics;
    }

    /// <summary>The kind of file, as its content says.</summary>
    public HookDefinitionFormat Format { get; init; }

    /// <summary>How many hooks the file defines (for PutLifecycleHook JSON, the requests it holds).</summary>
    public int Hooks { get; init; }

    /// <summary>Every finding, in line order, each naming its hook (the logical id or Terraform address).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>True when no finding is an error.</summary>
    public bool IsValid => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Checks lifecycle hooks where people define them: PutLifecycleHook JSON, CloudFormation templates (YAML with the
/// short-form intrinsics, or JSON) and Terraform plans, told apart by their content. Each hook gets exactly the rules
/// of PutLifecycleHook, and a template the rules only a whole template can see.
/// </summary>
public static class LifecycleHookDefinitions
{
    private static readonly TreeReadProfile Profile = new(
        MaxDocumentLength: 16 << 20, MaxDepth: 128, MaxNodes: 4_000_000, AutoScalingDiagnosticCodes.JsonMalformed, AutoScalingDiagnosticCodes.DocumentTooLarge,
        "A template", LimitsName: null, SyntaxAdvice: ".");

    /// <summary>Reads the file's text, finds what kind it is, and checks every hook in it.</summary>
    public static HookDefinitionReport Validate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var tree = DocumentTree.Read(text, Profile, TreeSyntax.YamlOrJson, diagnostics);
        if (diagnostics.Count > 0 && !JsonTreeReader.LooksLikeJson(text))
        {
            // Not JSON and not readable YAML: a template with a syntax error, reported where the parser stopped.
            return new HookDefinitionReport(HookDefinitionFormat.CloudFormation, 0, diagnostics);
        }

        (HookDefinitionFormat Format, TemplateDefinitions? Definitions) found =
            diagnostics.Count > 0 ? (HookDefinitionFormat.PutLifecycleHookJson, null)
            : TerraformPlanReader.IsPlan(tree.Root) ? (HookDefinitionFormat.TerraformPlan, TerraformPlanReader.Read(tree))
            : CloudFormationReader.IsTemplate(tree.Root) ? (HookDefinitionFormat.CloudFormation, CloudFormationReader.Read(tree))
            : (HookDefinitionFormat.PutLifecycleHookJson, null);
        if (found.Definitions is null && !JsonTreeReader.LooksLikeJson(text) && tree.Root?.Resolved is YamlMapping)
        {
            // A YAML mapping that is no template; any other text is held to JSON, whose reader says where it breaks.
            return new HookDefinitionReport(HookDefinitionFormat.PutLifecycleHookJson, 0,
            [
                new Diagnostic(AutoScalingDiagnosticCodes.JsonUnexpectedRoot, DiagnosticSeverity.Error,
                    "The file is neither a CloudFormation template (a Resources mapping with AWS:: types, or AWSTemplateFormatVersion), a Terraform plan (terraform show -json PLANFILE), nor PutLifecycleHook JSON (an object or an array of them). Give one of those.",
                    string.Empty, SourceSpan.At(1, 1)),
            ]);
        }

        if (found.Definitions is { } definitions)
        {
            var cloudFormation = found.Format == HookDefinitionFormat.CloudFormation;
            return new HookDefinitionReport(found.Format, definitions.Hooks.Count,
                TemplateHookRules.Check(definitions, generatesNames: cloudFormation, cloudFormation ? TemplateHookRules.CloudFormationMetadataMaxLength : null));
        }

        // The requests are counted on the tree already read, not by reading the text a second time.
        var count = tree.Root?.Resolved switch { YamlSequence list => list.Items.Length, YamlMapping => 1, _ => 0 };
        return new HookDefinitionReport(HookDefinitionFormat.PutLifecycleHookJson, count, LifecycleHookJson.ValidatePutLifecycleHookRequests(text));
    }
}
