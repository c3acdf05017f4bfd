using Lifecycle.Emulator.Hosting;
using Lifecycle.Emulator.Wire;
using Lifecycle.Emulator.World;

namespace Lifecycle.Emulator.Events;

/// <summary>EventBridge's JSON protocol (awsJson1_1, <c>X-Amz-Target: AWSEvents.{Operation}</c>), for the default bus.</summary>
internal sealed class EventsJsonApi(EmulatorWorld world)
{
    public const string ContentType = "application/x-amz-json-1.1";

    public WireResponse Handle(WireRequest request)
    {
        var args = JsonArgs.Parse(request.Body, out var document);
        using (document)
        {
            if (args.String("EventBusName") is { } bus && bus != "default")
            {
                throw new ServiceError("ResourceNotFoundException", $"Event bus {bus} does not exist. The emulator has the default bus only.");
            }

            byte[] body;
            lock (world.Gate)
            {
                world.CatchUp();
                var rules = world.Rules;
                body = request.Operation switch
                {
                    "PutRule" => RuleArn(rules.PutRule(args.Required("Name"), args.String("EventPattern"), args.String("State"), args.String("Description"))),
                    "PutTargets" => Failed(rules.PutTargets(args.Required("Rule"), [.. args.Objects("Targets").Select(t => (t.Required("Id"), t.Required("Arn")))])),
                    "RemoveTargets" => Removed(() => rules.RemoveTargets(args.Required("Rule"), args.Strings("Ids"))),
                    "DeleteRule" => Removed(() => rules.DeleteRule(args.Required("Name")), empty: true),
                    "ListRules" => List(rules.All.Where(r => args.String("NamePrefix") is not { } prefix || r.Name.StartsWith(prefix, StringComparison.Ordinal))),
                    "ListTargetsByRule" => Targets(rules.Get(args.Required("Rule"))),
                    _ => throw new ServiceError("UnknownOperationException", $"The emulator's EventBridge does not serve {request.Operation}; see docs/emulator.md for the operations it does."),
                };
            }

            return new WireResponse(200, ContentType, body);
        }
    }

    private static byte[] RuleArn(EventRule rule) => JsonAnswer.Write(w => w.WriteString("RuleArn", rule.Arn));

    private static byte[] Failed(List<(string Id, string Code, string Message)> failed) => JsonAnswer.Write(w =>
    {
        w.WriteNumber("FailedEntryCount", failed.Count);
        w.WriteStartArray("FailedEntries");
        foreach (var (id, code, message) in failed)
        {
            w.WriteStartObject();
            w.WriteString("TargetId", id);
            w.WriteString("ErrorCode", code);
            w.WriteString("ErrorMessage", message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static byte[] Removed(Action action, bool empty = false)
    {
        action();
        return empty ? JsonAnswer.Empty : JsonAnswer.Write(w =>
        {
            w.WriteNumber("FailedEntryCount", 0);
            w.WriteStartArray("FailedEntries");
            w.WriteEndArray();
        });
    }

    private static byte[] List(IEnumerable<EventRule> rules) => JsonAnswer.Write(w =>
    {
        w.WriteStartArray("Rules");
        foreach (var r in rules)
        {
            w.WriteStartObject();
            w.WriteString("Name", r.Name);
            w.WriteString("Arn", r.Arn);
            if (r.EventPattern is { } pattern)
            {
                w.WriteString("EventPattern", pattern);
            }

            w.WriteString("State", r.State);
            if (r.Description is { } description)
            {
                w.WriteString("Description", description);
            }

            w.WriteString("EventBusName", "default");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static byte[] Targets(EventRule rule) => JsonAnswer.Write(w =>
    {
        w.WriteStartArray("Targets");
        foreach (var (id, arn) in rule.Targets)
        {
            w.WriteStartObject();
            w.WriteString("Id", id);
            w.WriteString("Arn", arn);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });
}
