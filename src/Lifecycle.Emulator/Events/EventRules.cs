using System.Text.Json;
using Lifecycle.Emulator.Wire;
using Lifecycle.Emulator.World;

namespace Lifecycle.Emulator.Events;

/// <summary>A rule on the default event bus, with its SQS targets.</summary>
internal sealed class EventRule(string name, string arn)
{
    public string Name { get; } = name;

    public string Arn { get; } = arn;

    public string? EventPattern { get; set; }

    /// <summary><see cref="EventPattern"/>, read once.</summary>
    public System.Text.Json.JsonElement Pattern { get; set; }

    public string State { get; set; } = "ENABLED";

    public string? Description { get; set; }

    public List<(string Id, string Arn)> Targets { get; } = [];
}

/// <summary>
/// The rules of the default event bus. Every lifecycle event (the EventBridge event of each action) is matched
/// against each enabled rule; a match sends the event's JSON to each SQS target of the rule. Used under the world's lock.
/// </summary>
internal sealed class EventRules(EmulatorWorld world)
{
    public const int MaxTargetsPerRule = 5;

    private readonly Dictionary<string, EventRule> _rules = new(StringComparer.Ordinal);

    public IEnumerable<EventRule> All => _rules.Values.OrderBy(r => r.Name, StringComparer.Ordinal);

    public EventRule PutRule(string name, string? pattern, string? state, string? description)
    {
        if (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new ServiceError("ValidationException", $"1 validation error detected: Value '{name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+ and have length at most 64");
        }

        if (pattern is null)
        {
            throw new ServiceError("ValidationException", "Parameter(s) EventPattern or ScheduleExpression must be specified. The emulator matches event patterns only.");
        }

        var parsed = Events.EventPattern.Parse(pattern);
        if (state is not (null or "ENABLED" or "DISABLED"))
        {
            throw new ServiceError("ValidationException", $"1 validation error detected: Value '{state}' at 'state' failed to satisfy constraint: Member must satisfy enum value set: [ENABLED, DISABLED]");
        }

        if (!_rules.TryGetValue(name, out var rule))
        {
            _rules[name] = rule = new EventRule(name, $"arn:aws:events:{world.Environment.Region}:{world.Environment.AccountId}:rule/{name}");
        }

        (rule.EventPattern, rule.Pattern) = (pattern, parsed);
        rule.State = state ?? "ENABLED";
        rule.Description = description;
        return rule;
    }

    public EventRule Get(string name) => _rules.TryGetValue(name, out var rule) ? rule
        : throw new ServiceError("ResourceNotFoundException", $"Rule {name} does not exist on EventBus default.");

    /// <summary>PutTargets: SQS queues only; a target of another kind comes back as a failed entry.</summary>
    public List<(string Id, string Code, string Message)> PutTargets(string ruleName, IReadOnlyList<(string Id, string Arn)> targets)
    {
        var rule = Get(ruleName);
        var failed = new List<(string, string, string)>();
        foreach (var (id, arn) in targets)
        {
            var index = rule.Targets.FindIndex(t => t.Id == id);
            if (world.Queues.TryGetByArn(arn) is null)
            {
                failed.Add((id, "ValidationException", $"The emulator delivers rule targets to SQS queues of this account and region only; {arn} is not one."));
            }
            else if (index >= 0)
            {
                rule.Targets[index] = (id, arn);
            }
            else if (rule.Targets.Count >= MaxTargetsPerRule)
            {
                throw new ServiceError("LimitExceededException", $"The requested resource exceeds the maximum number allowed ({MaxTargetsPerRule} targets per rule).");
            }
            else
            {
                rule.Targets.Add((id, arn));
            }
        }

        return failed;
    }

    public void RemoveTargets(string ruleName, IReadOnlyList<string> ids) => Get(ruleName).Targets.RemoveAll(t => ids.Contains(t.Id));

    public void DeleteRule(string name)
    {
        if (!_rules.TryGetValue(name, out var rule))
        {
            return; // DeleteRule of a rule that does not exist succeeds
        }

        if (rule.Targets.Count > 0)
        {
            throw new ServiceError("ValidationException", "Rule can't be deleted since it has targets.");
        }

        _rules.Remove(name);
    }

    /// <summary>Sends <paramref name="eventJson"/> to the targets of every enabled rule it matches.</summary>
    public void Publish(string eventJson)
    {
        if (_rules.Count == 0)
        {
            return;
        }

        using var document = JsonDocument.Parse(eventJson);
        foreach (var rule in All)
        {
            if (rule.State == "ENABLED" && rule.EventPattern is not null && EventPattern.Matches(rule.Pattern, document.RootElement))
            {
                foreach (var (_, arn) in rule.Targets)
                {
                    world.Queues.TryGetByArn(arn)?.Send(eventJson, world.Now, delaySeconds: 0);
                }
            }
        }
    }
}
