using System.Globalization;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;
using static Lifecycle.Core.AutoScaling.Simulation.Scenarios.ScenarioDiagnosticCodes;

namespace Lifecycle.Core.AutoScaling.Simulation.Scenarios;

/// <summary>
/// Reads a simulation scenario from YAML or JSON text (a text that opens with { or [ must be strict JSON). Never throws on bad
/// input: every mistake is a diagnostic with a code, a path such as <c>steps[2].heartbeat.hook</c> and the line
/// and column, and the scenario is returned only when there is no error.
/// </summary>
public static partial class SimulationScenarioReader
{
    /// <summary>The latest second a scenario can name (at, until): 100 years of virtual time.</summary>
    internal const long MaxSecond = 100L * 365 * 86_400;

    internal static readonly string[] TopKeys = ["group", "seed", "warmPool", "instanceLifecyclePolicy", "hooks", "steps", "until"];
    internal static readonly string[] StepActions = ["launch", "launchIntoWarmPool", "terminate", "heartbeat", "complete", "putHook", "deleteHook"];
    internal static readonly string[] HookKeys =
    [
        "LifecycleHookName", "LifecycleTransition", "RoleARN", "NotificationTargetARN", "NotificationMetadata", "HeartbeatTimeout",
        "DefaultResult", "AutoScalingGroupName",
    ];

    /// <summary>Reads a scenario.</summary>
    /// <param name="text">The YAML or JSON text.</param>
    /// <param name="limits">Bounds for hostile input; null for <see cref="ScenarioLimits.Default"/>.</param>
    /// <returns>The scenario, or the diagnostics that refuse it.</returns>
    public static Result<SimulationScenario> Read(string text, ScenarioLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        limits ??= ScenarioLimits.Default;
        var diagnostics = new List<Diagnostic>();
        var tree = DocumentTree.Read(text, limits.ToTreeProfile(), TreeSyntax.YamlOrJson, diagnostics);
        if (tree.JsonProblem is { } problem)
        {
            // A scenario that opens as JSON is held to JSON, so that its mistakes are reported as JSON's.
            diagnostics.Add(problem);
        }

        if (diagnostics.Count > 0)
        {
            return Result.Failure<SimulationScenario>(diagnostics);
        }

        var context = new Context(diagnostics, limits);
        var scenario = context.ReadScenario(tree.Root);
        return scenario is not null && !diagnostics.Any(d => d.IsError)
            ? Result.Success(scenario, diagnostics)
            : Result.Failure<SimulationScenario>(diagnostics);
    }

    private sealed partial class Context
    {
        public SimulationScenario? ReadScenario(YamlNode? root)
        {
            if (root?.Resolved is not YamlMapping top)
            {
                Error(WrongType, "The scenario must be a mapping with group, hooks and steps (see docs/simulation.md).", string.Empty, root?.Span ?? SourceSpan.At(1, 1));
                return null;
            }

            CheckKeys(top, TopKeys, string.Empty, "a scenario");
            var groupText = RequiredString(top, "group", string.Empty);
            AutoScalingGroupName? group = null;
            if (groupText is not null)
            {
                var parsed = AwsStringValue.Read<AutoScalingGroupName>(groupText);
                if (parsed.TryGetValue(out var value))
                {
                    group = value;
                }
                else
                {
                    Report(parsed.Diagnostics, "group", top.Find("group")!.Value.Value.Span);
                }
            }

            var seed = top.Find("seed") is { } seedEntry ? Number(seedEntry.Value, "seed", 0, long.MaxValue) : 1;
            var warmPool = top.Find("warmPool") is { } poolEntry ? WarmPool(poolEntry.Value) : null;
            var retain = top.Find("instanceLifecyclePolicy") is { } policyEntry && Retain(policyEntry.Value);
            var hooks = new List<PutLifecycleHookRequest>();
            foreach (var (node, index) in List(top, "hooks"))
            {
                if (Hook(node, $"hooks[{index}]", groupText) is { } hook)
                {
                    hooks.Add(hook);
                }
            }

            var steps = new List<ScenarioStep>();
            var last = TimeSpan.Zero;
            long launched = 0;
            var refusedInstances = false;
            foreach (var (node, index) in List(top, "steps"))
            {
                if (Step(node, $"steps[{index}]", groupText) is { } step)
                {
                    if (step.At < last)
                    {
                        Error(TimeGoesBackwards, $"This step is at {step.At.TotalSeconds}, before the step above it at {last.TotalSeconds}. Steps are applied in order; put them in time order.",
                            $"steps[{index}].at", step.Span);
                    }

                    if (step is LaunchIntoWarmPoolStep && warmPool is null)
                    {
                        Error(WarmPoolRequired, "This step launches into the warm pool, but the group has none. Add warmPool: (PoolState and InstanceReusePolicy are optional) at the top.",
                            $"steps[{index}].launchIntoWarmPool", step.Span);
                    }

                    launched += step switch { LaunchStep l => l.Count, LaunchIntoWarmPoolStep w => w.Count, _ => 0 };
                    if (launched > limits.MaxInstances && !refusedInstances)
                    {
                        refusedInstances = true;
                        Error(TooManyInstances, $"The steps up to this one launch {launched:N0} instances, more than the {limits.MaxInstances:N0} a scenario may launch in all. Launch fewer; a scenario shows the lifecycle with a handful. ScenarioLimits.MaxInstances raises the bound.",
                            $"steps[{index}]", step.Span);
                    }

                    last = step.At > last ? step.At : last;
                    steps.Add(step);
                }
            }

            long? until = null;
            if (top.Find("until") is { } untilEntry && Number(untilEntry.Value, "until", 0, MaxSecond) is { } untilValue)
            {
                until = untilValue;
                if (untilValue < last.TotalSeconds)
                {
                    Error(TimeGoesBackwards, $"until is {untilValue}, before the last step at {last.TotalSeconds}. Raise until, or remove it to run until nothing is pending.",
                        "until", untilEntry.Value.Span);
                }
            }

            return group is null || seed is null ? null : new SimulationScenario
            {
                AutoScalingGroupName = group.Value,
                Seed = (ulong)seed.Value,
                Hooks = hooks,
                Steps = steps,
                Until = until is { } end ? TimeSpan.FromSeconds(end) : null,
                WarmPool = warmPool,
                RetainOnTerminateAbandon = retain,
            };
        }

        // warmPool: { PoolState: Stopped | Running | Hibernated, InstanceReusePolicy: { ReuseOnScaleIn: true } }, as PutWarmPool names them.
        private WarmPoolConfiguration? WarmPool(YamlNode node)
        {
            if (IsNull(node))
            {
                return new WarmPoolConfiguration();
            }

            if (Mapping(node, "warmPool", "warmPool takes a mapping: { PoolState: Stopped, InstanceReusePolicy: { ReuseOnScaleIn: true } }, both optional.") is not { } map)
            {
                return null;
            }

            CheckKeys(map, ["PoolState", "InstanceReusePolicy"], "warmPool", "warmPool");
            var poolState = OptionalString(map, "PoolState", "warmPool") switch
            {
                null or "Stopped" => WarmPoolState.Stopped,
                "Running" => WarmPoolState.Running,
                "Hibernated" => WarmPoolState.Hibernated,
                var other => Refuse(other),
            };
            var reuse = false;
            if (map.Find("InstanceReusePolicy") is { } policy && !IsNull(policy.Value)
                && Mapping(policy.Value, "warmPool.InstanceReusePolicy", "InstanceReusePolicy takes a mapping: { ReuseOnScaleIn: true }.") is { } policyMap)
            {
                CheckKeys(policyMap, ["ReuseOnScaleIn"], "warmPool.InstanceReusePolicy", "InstanceReusePolicy");
                reuse = policyMap.Find("ReuseOnScaleIn") is { } flag && Flag(flag.Value, "warmPool.InstanceReusePolicy.ReuseOnScaleIn") == true;
            }

            return poolState is { } state ? new WarmPoolConfiguration { PoolState = state, ReuseOnScaleIn = reuse } : null;

            WarmPoolState? Refuse(string text)
            {
                Error(OutOfRange, $"PoolState is \"{text}\"; it must be Stopped, Running or Hibernated.", "warmPool.PoolState", map.Find("PoolState")!.Value.Value.Span);
                return null;
            }
        }

        // instanceLifecyclePolicy: { RetentionTriggers: { TerminateHookAbandon: retain | terminate } } (§1.11, §2.8).
        private bool Retain(YamlNode node)
        {
            const string Path = "instanceLifecyclePolicy";
            const string Shape = "{ RetentionTriggers: { TerminateHookAbandon: retain } }";
            if (IsNull(node) || Mapping(node, Path, $"instanceLifecyclePolicy takes a mapping: {Shape}.") is not { } map)
            {
                return false;
            }

            CheckKeys(map, ["RetentionTriggers"], Path, Path);
            if (map.Find("RetentionTriggers") is not { } triggers || IsNull(triggers.Value)
                || Mapping(triggers.Value, Path + ".RetentionTriggers", $"RetentionTriggers takes a mapping: {Shape}.") is not { } triggerMap)
            {
                return false;
            }

            CheckKeys(triggerMap, ["TerminateHookAbandon"], Path + ".RetentionTriggers", "RetentionTriggers");
            var action = OptionalString(triggerMap, "TerminateHookAbandon", Path + ".RetentionTriggers");
            if (action is not (null or "retain" or "terminate"))
            {
                Error(OutOfRange, $"TerminateHookAbandon is \"{action}\"; it must be retain or terminate.", Path + ".RetentionTriggers.TerminateHookAbandon",
                    triggerMap.Find("TerminateHookAbandon")!.Value.Value.Span);
            }

            return action == "retain";
        }

        private PutLifecycleHookRequest? Hook(YamlNode node, string path, string? group)
        {
            if (node.Resolved is not YamlMapping map)
            {
                Error(WrongType, "A hook must be a mapping of PutLifecycleHook members (LifecycleHookName, LifecycleTransition, ...).", path, node.Span);
                return null;
            }

            CheckKeys(map, HookKeys, path, "a hook");
            if (map.Find("AutoScalingGroupName") is { } named && Text(named.Value, path + ".AutoScalingGroupName") is { } other && other != group)
            {
                Error(UnknownKey, $"This hook names the group {other}, but the scenario's group is {group}. Remove AutoScalingGroupName: a scenario's hooks belong to its group.",
                    path + ".AutoScalingGroupName", named.Value.Span);
            }

            var request = new PutLifecycleHookRequest
            {
                LifecycleHookName = OptionalString(map, "LifecycleHookName", path),
                // The hook is checked as a request of the scenario's group; a placeholder stands in when the group
                // itself is missing, which is reported once, at the top.
                AutoScalingGroupName = group ?? "group",
                LifecycleTransition = OptionalString(map, "LifecycleTransition", path),
                RoleARN = OptionalString(map, "RoleARN", path),
                NotificationTargetARN = OptionalString(map, "NotificationTargetARN", path),
                NotificationMetadata = OptionalString(map, "NotificationMetadata", path),
                HeartbeatTimeout = map.Find("HeartbeatTimeout") is { } timeout ? (int?)Number(timeout.Value, path + ".HeartbeatTimeout", int.MinValue, int.MaxValue) : null,
                DefaultResult = OptionalString(map, "DefaultResult", path),
            };
            var found = request.Validate();
            foreach (var diagnostic in found)
            {
                var member = diagnostic.Path.Split('.', '[')[0];
                var span = map.Find(member)?.Value.Span ?? map.Span;
                Diagnostics.Add(diagnostic.WithPathPrefix(path).WithSpan(span));
            }

            return found.Any(d => d.IsError) ? null : request;
        }

        private ScenarioStep? Step(YamlNode node, string path, string? group)
        {
            if (node.Resolved is not YamlMapping map)
            {
                Error(WrongType, "A step must be a mapping: at, and one action (launch, launchIntoWarmPool, terminate, heartbeat, complete, putHook or deleteHook).", path, node.Span);
                return null;
            }

            CheckKeys(map, ["at", .. StepActions], path, "a step");
            var atEntry = map.Find("at");
            long? at = null;
            if (atEntry is null)
            {
                Error(Required, "This step has no time. Add at: with the whole second of virtual time it happens at.", path, map.Span);
            }
            else
            {
                at = Number(atEntry.Value.Value, path + ".at", 0, MaxSecond);
            }

            var actions = StepActions.Select(name => map.Find(name)).Where(e => e is not null).Select(e => e!.Value).ToList();
            if (actions.Count != 1)
            {
                Error(StepAction, actions.Count == 0
                        ? "This step does nothing. Give it one action: launch, launchIntoWarmPool, terminate, heartbeat, complete, putHook or deleteHook."
                        : $"This step has {actions.Count} actions ({string.Join(", ", actions.Select(a => a.KeyText))}). Give each action a step of its own.",
                    path, map.Span);
                return null;
            }

            var action = actions[0];
            var actionPath = $"{path}.{action.KeyText}";
            var value = action.Value;
            var span = map.Span;
            if (at is not { } seconds)
            {
                return null;
            }

            var time = TimeSpan.FromSeconds(seconds);

            switch (action.KeyText)
            {
                case "launch":
                    return Number(value, actionPath, 0, 100_000) is { } count ? new LaunchStep { At = time, Count = (int)count, Span = span } : null;
                case "launchIntoWarmPool":
                    return Number(value, actionPath, 0, 100_000) is { } warm ? new LaunchIntoWarmPoolStep { At = time, Count = (int)warm, Span = span } : null;
                case "terminate":
                    return Value<InstanceId>(Text(value, actionPath), actionPath, value.Span) is { } instance ? new TerminateStep { At = time, InstanceId = instance, Span = span } : null;
                case "deleteHook":
                    return Value<LifecycleHookName>(Text(value, actionPath), actionPath, value.Span) is { } name ? new DeleteHookStep { At = time, LifecycleHookName = name, Span = span } : null;
                case "putHook":
                    return Hook(value, actionPath, group) is { } request ? new PutHookStep { At = time, Request = request, Span = span } : null;
                default:
                    return ActionStep(time, action.KeyText!, value, actionPath, span);
            }
        }

        private LifecycleActionStep? ActionStep(TimeSpan time, string kind, YamlNode node, string path, SourceSpan span)
        {
            if (node.Resolved is not YamlMapping map)
            {
                Error(WrongType, $"{kind} takes a mapping: {{ instance: i-..., hook: NAME }} or {{ token: ..., hook: NAME }}.", path, node.Span);
                return null;
            }

            var complete = kind == "complete";
            CheckKeys(map, complete ? ["instance", "token", "hook", "result"] : ["instance", "token", "hook"], path, kind);
            var hookText = RequiredString(map, "hook", path);
            var instanceText = OptionalString(map, "instance", path);
            var tokenText = OptionalString(map, "token", path);
            if ((instanceText is null) == (tokenText is null))
            {
                Error(ActionTarget, instanceText is null
                        ? $"{kind} names no action. Add instance: (the instance id) or token: (the LifecycleActionToken)."
                        : $"{kind} names both an instance and a token. Give one of them, as the API takes one.",
                    path, map.Span);
                return null;
            }

            var hook = Value<LifecycleHookName>(hookText, path + ".hook", map.Find("hook")?.Value.Span ?? map.Span);
            var instance = Value<InstanceId>(instanceText, path + ".instance", map.Find("instance")?.Value.Span ?? map.Span);
            var token = Value<LifecycleActionToken>(tokenText, path + ".token", map.Find("token")?.Value.Span ?? map.Span);
            if (hook is not { } name || (instanceText is not null && instance is null) || (tokenText is not null && token is null))
            {
                return null;
            }

            if (!complete)
            {
                return new HeartbeatStep { At = time, LifecycleHookName = name, InstanceId = instance, LifecycleActionToken = token, Span = span };
            }

            var resultText = RequiredString(map, "result", path);
            if (resultText is null)
            {
                return null;
            }

            var result = AwsStringValue.Read<LifecycleActionResult>(resultText);
            if (!result.TryGetValue(out var parsed))
            {
                Report(result.Diagnostics, path + ".result", map.Find("result")!.Value.Value.Span);
                return null;
            }

            return new CompleteStep { At = time, LifecycleHookName = name, Result = parsed, InstanceId = instance, LifecycleActionToken = token, Span = span };
        }
    }
}
