using System.Text.Json.Nodes;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.AutoScaling.Validation;
using static Lifecycle.Core.Schemas.SchemaNodes;

namespace Lifecycle.Core.Schemas;

/// <summary>
/// The simulation scenario of <c>lifecycle simulate</c> (YAML or JSON). The keys are the reader's own
/// (<see cref="SimulationScenarioReader"/>); the reader refuses any other key, and so does this schema.
/// </summary>
internal static class ScenarioSchema
{
    public const string Name = "scenario";

    public static JsonObject Build()
    {
        var hookRef = PutLifecycleHookSchema.Request(groupRequired: false);
        hookRef["description"] = "A lifecycle hook of the group, in the member names of PutLifecycleHook; AutoScalingGroupName, when given, must be the scenario's group.";
        var seconds = Integer("A whole second of virtual time, counted from the start of the run.", 0, SimulationScenarioReader.MaxSecond);
        var target = new JsonObject
        {
            ["hook"] = PutLifecycleHookSchema.HookName("The hook's name."),
            ["instance"] = PutLifecycleHookSchema.InstanceId("The instance id, such as i-00000000000000001 (give this or token)."),
            ["token"] = String("The LifecycleActionToken from the notification (give this or instance).",
                AutoScalingRules.TokenLength, AutoScalingRules.TokenLength, CharacterRules.XmlCharactersPattern),
        };
        var completeTarget = (JsonObject)target.DeepClone();
        completeTarget["result"] = Enum("CONTINUE or ABANDON.", [LifecycleActionResult.ContinueWire, LifecycleActionResult.AbandonWire]);
        var actions = new JsonObject
        {
            ["launch"] = Integer("Scale out by this many instances (from the warm pool first).", 0, 100_000),
            ["launchIntoWarmPool"] = Integer("Launch this many instances into the warm pool.", 0, 100_000),
            ["terminate"] = PutLifecycleHookSchema.InstanceId("Scale in: the instance id to terminate."),
            ["heartbeat"] = Object("RecordLifecycleActionHeartbeat for one action.", target, required: ["hook"], closed: true),
            ["complete"] = Object("CompleteLifecycleAction for one action.", completeTarget, required: ["hook", "result"], closed: true),
            ["putHook"] = hookRef.DeepClone(),
            ["deleteHook"] = PutLifecycleHookSchema.HookName("DeleteLifecycleHook: the hook's name."),
        };
        var stepProperties = new JsonObject { ["at"] = seconds.DeepClone() };
        foreach (var (key, value) in actions.ToList())
        {
            actions.Remove(key);
            stepProperties[key] = value;
        }

        var step = Object("One step: at a second of virtual time, exactly one action.", stepProperties, required: ["at"], closed: true);
        step["minProperties"] = 2;
        step["maxProperties"] = 2;

        var properties = new JsonObject
        {
            ["group"] = String("The Auto Scaling group's name.", 1, 255),
            ["seed"] = Integer("The seed of the lifecycle action tokens: the same seed and steps give the same run. Default 1.", 0),
            ["warmPool"] = Object("The group's warm pool.",
                new JsonObject
                {
                    ["PoolState"] = Enum("The state instances rest in: Stopped (the default), Running or Hibernated.",
                        [nameof(WarmPoolState.Stopped), nameof(WarmPoolState.Running), nameof(WarmPoolState.Hibernated)]),
                    ["InstanceReusePolicy"] = Object("What scale-in does with instances.",
                        new JsonObject { ["ReuseOnScaleIn"] = Boolean("Return instances to the pool at scale-in instead of terminating them.") }, closed: true),
                },
                closed: true),
            ["instanceLifecyclePolicy"] = Object("What happens to an instance whose terminating hook ends in ABANDON.",
                new JsonObject
                {
                    ["RetentionTriggers"] = Object("The retention triggers.",
                        new JsonObject { ["TerminateHookAbandon"] = Enum("retain keeps the instance (Terminating:Retained); terminate, the default, terminates it.", ["retain", "terminate"]) },
                        closed: true),
                },
                closed: true),
            ["hooks"] = ArrayOf("The hooks the group has at the start.", hookRef),
            ["steps"] = ArrayOf("What happens, in order of time.", step),
            ["until"] = Described(seconds, "Run until this second of virtual time; by default until nothing is left to happen."),
        };
        return Root(Name, "Lifecycle.Core simulation scenario",
            "An Auto Scaling group, its hooks and warm pool, and the steps of a run in virtual time, for lifecycle simulate.",
            Object("A scenario.", properties, required: ["group"], closed: true));
    }
}
