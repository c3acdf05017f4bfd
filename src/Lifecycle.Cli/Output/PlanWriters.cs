using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Cli.Output;

/// <summary>Prints a <see cref="DeploymentPlan"/> as text, JSON or a Mermaid flowchart.</summary>
internal static class PlanWriters
{
    public static string Text(DeploymentPlan plan)
    {
        var text = new StringBuilder().Append(Describe(plan.Scenario)).Append(':').Append('\n');
        var width = plan.Events.Max(e => e.Name.Value.Length);
        for (var i = 0; i < plan.Events.Count; i++)
        {
            var e = plan.Events[i];
            text.Append(CultureInfo.InvariantCulture, $"{i + 1,3}. {e.Name.Value.PadRight(width)}  ");
            if (!e.Event.Scriptable)
            {
                text.Append("(reserved for CodeDeploy)\n");
                continue;
            }

            text.Append(e.Event.Revision switch
            {
                RevisionSource.LastSuccessful => "[last successful revision] ",
                RevisionSource.MostRecent => "[most recent revision] ",
                _ => string.Empty,
            });
            text.Append(e.FunctionName is { } function ? $"invokes {function}"
                : e.Scripts.Count == 0 ? "nothing to run"
                : string.Join(", ", e.Scripts.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Location} ({s.Timeout.Seconds} s{(s.RunAs is null ? string.Empty : ", as " + s.RunAs)})"))));
            text.Append('\n');
        }

        return text.ToString();
    }

    public static string Json(DeploymentPlan plan)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("platform", plan.Platform.ToString().ToLowerInvariant());
            writer.WriteStartArray("events");
            foreach (var e in plan.Events)
            {
                writer.WriteStartObject();
                writer.WriteString("name", e.Name.Value);
                writer.WriteBoolean("scriptable", e.Event.Scriptable);
                writer.WriteString("scope", e.Event.Scope == EventScope.PerInstance ? "instance" : "deployment");
                if (e.Event.Revision is { } revision)
                {
                    writer.WriteString("revision", Kebab(revision));
                }
                else
                {
                    writer.WriteNull("revision");
                }

                if (plan.Platform == ComputePlatform.Server)
                {
                    writer.WritePropertyName("scripts");
                    JsonReportWriter.WriteJson(writer, AppSpecHookTable.ToJson(e.Scripts));
                }
                else
                {
                    writer.WriteString("function", e.FunctionName);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // A flowchart a user can paste into Markdown: reserved events dashed, each scriptable event with what it runs.
    public static string Mermaid(DeploymentPlan plan)
    {
        var chart = new StringBuilder("flowchart TD\n");
        chart.Append(CultureInfo.InvariantCulture, $"  %% {Describe(plan.Scenario)}\n");
        for (var i = 0; i < plan.Events.Count; i++)
        {
            var e = plan.Events[i];
            var runs = e.FunctionName is { } f ? $"<br/>λ {Escape(f)}"
                : string.Concat(e.Scripts.Select(s => $"<br/>{Escape(s.Location)}"));
            var label = $"\"{Escape(e.Name.Value)}{(e.Event.Revision is RevisionSource.LastSuccessful or RevisionSource.MostRecent ? $"<br/><i>{Kebab(e.Event.Revision.Value)} revision</i>" : string.Empty)}{runs}\"";
            chart.Append(CultureInfo.InvariantCulture, $"  e{i}{(e.Event.Scriptable ? $"[{label}]" : $"([{label}])")}\n");
            if (i > 0)
            {
                chart.Append(CultureInfo.InvariantCulture, $"  e{i - 1} --> e{i}\n");
            }
        }

        var reserved = plan.Events.Select((e, i) => (e, i)).Where(x => !x.e.Event.Scriptable).Select(x => $"e{x.i}").ToList();
        if (reserved.Count > 0)
        {
            chart.Append("  classDef reserved fill:#eeeeee,stroke:#999999,stroke-dasharray: 4 3,color:#555555\n");
            chart.Append("  class ").Append(string.Join(",", reserved)).Append(" reserved\n");
        }

        return chart.ToString();
    }

    private static string Describe(DeploymentScenario s) => s.Platform switch
    {
        ComputePlatform.Lambda => "AWS Lambda deployment (once per deployment)",
        ComputePlatform.Ecs => $"Amazon ECS deployment {(s.TestListener ? "with" : "without")} a test listener (once per deployment)",
        _ when s.DeploymentType == DeploymentType.InPlace =>
            $"EC2/On-Premises in-place {(s.Rollback ? "rollback" : "deployment")} {(s.LoadBalancer ? "with" : "without")} a load balancer (on each instance)",
        _ => $"EC2/On-Premises blue/green {(s.Rollback ? "rollback" : "deployment")}, {(s.Instances == InstanceGroup.Original ? "original" : "replacement")} instances (on each instance)",
    };

    private static string Kebab(RevisionSource revision) => revision switch
    {
        RevisionSource.LastSuccessful => "last-successful",
        RevisionSource.MostRecent => "most-recent",
        _ => "current",
    };

    private static string Escape(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("<", "#lt;", StringComparison.Ordinal).Replace(">", "#gt;", StringComparison.Ordinal);
}
