using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Tests.AutoScaling.Simulation;
using Lifecycle.Core.Tests.CodeDeploy.AppSpec;
using Lifecycle.Testing;
using Lifecycle.Tests.Shared;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.AutoScalingSimulatorPropertyTests;

namespace Lifecycle.Core.Tests;

/// <summary>
/// The models the SDK makes (AppSpecs, timelines, plans, deployment results, diagnostics) round-trip too. Each is
/// made by the SDK itself from random input (a random simulation run, a random AppSpec, a random deployment) and
/// must come back from its JSON whole: written, read and written again, the text is the same, and nothing the
/// model holds is missing from it.
/// </summary>
public partial class LifecycleJsonContextTests
{
    private static readonly LifecycleJsonContext C = LifecycleJsonContext.Default;

    // Written, read back and written again: the same text. A member the reader dropped would be missing the second time.
    private static bool Whole<T>(T value, JsonTypeInfo<T> type)
    {
        var json = JsonSerializer.Serialize(value, type);
        return JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type)!, type) == json;
    }

    [Property(Arbitrary = [typeof(Runs)], MaxTest = PropertyCases.Default / 3)]
    public bool Property_ASimulationTimeline_RoundTrips_EventByEvent_WithItsType(SimulationRun run)
    {
        var sim = Simulated(run);
        var json = JsonSerializer.Serialize(sim.Timeline.ToList(), C.ListSimulationEvent);
        var back = JsonSerializer.Deserialize(json, C.ListSimulationEvent)!;

        return Whole(sim.Timeline.ToList(), C.ListSimulationEvent)
            && back.Select(e => e.GetType()).SequenceEqual(sim.Timeline.Select(e => e.GetType()))
            && back.Select(e => e.Time).SequenceEqual(sim.Timeline.Select(e => e.Time))
            && JsonNode.Parse(json)!.AsArray().All(e => e!["type"] is not null)
            && back.OfType<SimulationError>().Any() && back.OfType<NotificationSent>().Count() == sim.Timeline.OfType<NotificationSent>().Count()
            && back.OfType<HandlerFailed>().Select(f => (f.ExceptionType, f.Message)).SequenceEqual(
                sim.Timeline.OfType<HandlerFailed>().Select(f => ("System.InvalidOperationException", "handler failed")));
    }

    [Property(Arbitrary = [typeof(Runs)], MaxTest = PropertyCases.Default / 3)]
    public bool Property_ALifecycleActionSnapshot_AndANotification_RoundTrip(SimulationRun run)
    {
        var sim = Simulated(run);
        return sim.Timeline.OfType<LifecycleActionEvent>().All(e => JsonSerializer.Deserialize(JsonSerializer.Serialize(e.Action, C.LifecycleActionSnapshot), C.LifecycleActionSnapshot) == e.Action)
            && sim.Timeline.OfType<NotificationSent>().All(n => Whole(n.Notification, C.LifecycleNotification)
                && JsonSerializer.Deserialize(JsonSerializer.Serialize(n.Notification, C.LifecycleNotification), C.LifecycleNotification)!.Body == n.Notification.Body);
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Property_AWarmPool_AndAnEnvironment_RoundTrip((WarmPoolConfiguration Pool, SimulationEnvironment Environment) parts) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(parts.Pool, C.WarmPoolConfiguration), C.WarmPoolConfiguration) == parts.Pool
        && JsonSerializer.Deserialize(JsonSerializer.Serialize(parts.Environment, C.SimulationEnvironment), C.SimulationEnvironment) == parts.Environment;

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Property_AStateMachineTransition_RoundTrips(InstanceStateTransition transition) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(transition, C.InstanceStateTransition), C.InstanceStateTransition) == transition;

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Property_AScenario_AndEachOfItsSteps_RoundTrip(SimulationScenario scenario) =>
        Whole(scenario, C.SimulationScenario)
        && scenario.Steps.All(step => Whole(step, C.ScenarioStep)
            && JsonSerializer.Deserialize(JsonSerializer.Serialize(step, C.ScenarioStep), C.ScenarioStep)!.GetType() == step.GetType());

    [Property(Arbitrary = [typeof(AppSpecReaderTests.AppSpecArbitraries)])]
    public bool Property_AServerAppSpec_RoundTrips_WithAllItsParts(ServerAppSpec spec) =>
        Whole(spec, C.ServerAppSpec)
        && Whole(AppSpecReader.Read(AppSpecWriter.Write(spec)), C.AppSpecDocument)
        && spec.Hooks.All(h => Whole(h, C.AppSpecHook))
        && spec.Permissions.All(p => Whole(p, C.PermissionEntry) && (p.Context is not { } context || JsonSerializer.Deserialize(JsonSerializer.Serialize(context, C.SeLinuxContext), C.SeLinuxContext) == context));

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Property_AnEcsAndALambdaAppSpec_RoundTrip((EcsAppSpec Ecs, LambdaAppSpec Lambda) specs) =>
        Whole(specs.Ecs, C.EcsAppSpec) && Whole(specs.Ecs.TargetService, C.EcsTargetService) && Whole(specs.Lambda, C.LambdaAppSpec)
        && specs.Lambda.Hooks.All(h => JsonSerializer.Deserialize(JsonSerializer.Serialize(h, C.FunctionHook), C.FunctionHook) == h);

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Property_APlan_AndItsEvents_RoundTrip(DeploymentScenario scenario)
    {
        var plan = DeploymentPlanner.Plan(AppSpecReader.Read(AppSpecFor(scenario.Platform)), scenario);
        return JsonSerializer.Deserialize(JsonSerializer.Serialize(scenario, C.DeploymentScenario), C.DeploymentScenario) == scenario
            && (!plan.TryGetValue(out var planned) || (Whole(planned, C.DeploymentPlan)
                && planned.Events.All(e => Whole(e, C.PlannedEvent))))
            && LifecycleEventOrder.For(scenario).All(d => Whole(d, C.LifecycleEventDefinition));
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Property_ADeploymentsResult_AndItsProgress_RoundTrip(string[] failing)
    {
        var kit = new DeploymentKit();
        foreach (var location in failing)
        {
            kit.Scripts.Fail(location, exitCode: 3);
        }

        var recorder = new CodeDeploy.Execution.ProgressRecorder();
        var appSpec = AppSpecReader.Read(DeploymentAppSpec);
        var plan = DeploymentPlanner.Plan(appSpec, new DeploymentScenario(), appSpec.Server).Value;
        var result = kit.Engine.RunAsync(plan, kit.Context, progress: recorder).GetAwaiter().GetResult();
        var events = recorder.Events;

        return Whole(result, C.DeploymentResult)
            && result.Events.All(e => Whole(e, C.EventResult) && e.Scripts.All(s => Whole(s, C.ScriptResult) && Whole(s.Outcome, C.ScriptOutcome)))
            && Whole(events, C.ListDeploymentEvent)
            && JsonSerializer.Deserialize(JsonSerializer.Serialize(events, C.ListDeploymentEvent), C.ListDeploymentEvent)!.Select(e => e.GetType()).SequenceEqual(events.Select(e => e.GetType()))
            && kit.Scripts.Invocations.All(i => Whole(i, C.ScriptInvocation));
    }

    [Property(Arbitrary = [typeof(AppSpecReaderTests.YamlishText)], MaxTest = PropertyCases.Default / 2)]
    public bool Property_EveryDiagnostic_AndTheDocument_RoundTrip_WithTheirPlaces(string text)
    {
        var document = AppSpecReader.Read(text);
        var diagnostics = document.Diagnostics.ToList();
        return Whole(document, C.AppSpecDocument)
            && JsonSerializer.Deserialize(JsonSerializer.Serialize(diagnostics, C.ListDiagnostic), C.ListDiagnostic)!.SequenceEqual(diagnostics)
            && diagnostics.All(d => d.Span is not { } span || JsonSerializer.Deserialize(JsonSerializer.Serialize(span, C.SourceSpan), C.SourceSpan) == span);
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Property_EveryRuleOfTheCatalogue_RoundTrips(DiagnosticRule rule) => Whole(rule, C.DiagnosticRule);

    [Fact]
    public void ATimelineEvent_IsWrittenWithItsType_AndItsValuesAsPlainAwsValues()
    {
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"));
        sim.PutLifecycleHook(new PutLifecycleHookRequest { LifecycleHookName = "warm", AutoScalingGroupName = "web", LifecycleTransition = "autoscaling:EC2_INSTANCE_LAUNCHING" });
        sim.Launch(1);

        var started = sim.Timeline.OfType<LifecycleActionStarted>().Single();
        var json = JsonNode.Parse(JsonSerializer.Serialize<SimulationEvent>(started, C.SimulationEvent))!;

        Assert.Equal("LifecycleActionStarted", (string?)json["type"]);
        Assert.Equal("00:00:00", (string?)json["Time"]);
        var action = json["Action"]!;
        Assert.Equal(("i-00000000000000001", "warm", "autoscaling:EC2_INSTANCE_LAUNCHING"),
            ((string?)action["InstanceId"], (string?)action["LifecycleHookName"], (string?)action["LifecycleTransition"]));
        Assert.Equal(started.Action.LifecycleActionToken.Value, (string?)action["LifecycleActionToken"]);
        Assert.Equal(("01:00:00", "2.00:00:00"), ((string?)action["HeartbeatDeadline"], (string?)action["GlobalDeadline"]));
    }

    [Fact]
    public void AFunctionHookInvocation_RoundTrips()
    {
        var invocation = new FunctionHookInvocation { LifecycleEvent = LifecycleEventName.BeforeAllowTraffic, FunctionName = "check", DeploymentId = "d-1", LifecycleEventHookExecutionId = "x" };

        Assert.True(Whole(invocation, C.FunctionHookInvocation));
        Assert.Contains("\"FunctionName\":\"check\"", JsonSerializer.Serialize(invocation, C.FunctionHookInvocation), StringComparison.Ordinal);
    }

    // A run of random operations on a group with a notifying hook and a handler that fails now and then, so that
    // every kind of event turns up.
    private static AutoScalingSimulator Simulated(SimulationRun run)
    {
        var sim = New(run);
        sim.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = "notify", AutoScalingGroupName = "web", LifecycleTransition = "autoscaling:EC2_INSTANCE_LAUNCHING",
            NotificationTargetARN = "arn:aws:sqs:us-east-1:123456789012:hooks", RoleARN = "arn:aws:iam::123456789012:role/hooks",
            NotificationMetadata = "{\"x\": 1}",
        });
        var calls = 0;
        sim.Subscribe((_, _) => ++calls % 3 == 0 ? throw new InvalidOperationException("handler failed") : ValueTask.CompletedTask);
        foreach (var op in run.Ops)
        {
            Apply(sim, op);
        }

        sim.CompleteLifecycleAction(LifecycleHookName.Parse("none"), LifecycleActionResult.Continue, LifecycleActionToken.Parse(new string('0', 36)));
        return sim;
    }

    private const string DeploymentAppSpec = "version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - location: a.sh\n  AfterInstall:\n    - location: b.sh\n      timeout: 30\n      runas: app\n  ApplicationStart:\n    - location: c.sh\n";

    private static string AppSpecFor(ComputePlatform platform) => platform switch
    {
        ComputePlatform.Ecs => "version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: arn:aws:ecs:us-east-1:111222333444:task-definition/web:3\n        LoadBalancerInfo:\n          ContainerName: web\n          ContainerPort: 80\nHooks:\n  - BeforeInstall: check\n",
        ComputePlatform.Lambda => "version: 0.0\nResources:\n  - fn:\n      Type: AWS::Lambda::Function\n      Properties: {Name: fn, Alias: live, CurrentVersion: 1, TargetVersion: 2}\nHooks:\n  - BeforeAllowTraffic: check\n",
        _ => DeploymentAppSpec,
    };

    public static class ModelArbitraries
    {
        private static readonly Gen<string> Word = Gen.Elements("a", "web", "x-1", "é", "with space", "q\"uote");

        public static Arbitrary<(WarmPoolConfiguration, SimulationEnvironment)> Parts() => Arb.From(
            from state in Gen.Elements(WarmPoolState.Stopped, WarmPoolState.Running, WarmPoolState.Hibernated)
            from reuse in Gen.Elements(true, false)
            from account in Gen.Elements("123456789012", "210987654321")
            from region in Gen.Elements("us-east-1", "eu-west-3")
            from minutes in Gen.Choose(0, 1_000_000)
            select (new WarmPoolConfiguration { PoolState = state, ReuseOnScaleIn = reuse },
                new SimulationEnvironment { AccountId = account, Region = region, Start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes) }));

        public static Arbitrary<InstanceStateTransition> Transition() => Arb.From(Gen.Elements(InstanceStateMachine.Transitions.ToArray()));

        public static Arbitrary<SimulationScenario> Scenario() => Arb.From(
            from launches in Gen.Choose(1, 5)
            from at in Gen.Choose(0, 100)
            from result in Gen.Elements("CONTINUE", "ABANDON")
            from warm in Gen.Elements(true, false)
            select SimulationScenarioReader.Read($$"""
                group: web
                seed: {{at}}
                {{(warm ? "warmPool: { PoolState: Running }" : string.Empty)}}
                hooks:
                  - { LifecycleHookName: drain, LifecycleTransition: "autoscaling:EC2_INSTANCE_TERMINATING", HeartbeatTimeout: 300 }
                steps:
                  - { at: 0, launch: {{launches}} }
                  {{(warm ? "- { at: 1, launchIntoWarmPool: 1 }" : string.Empty)}}
                  - { at: {{at + 1}}, terminate: i-00000000000000001 }
                  - { at: {{at + 2}}, heartbeat: { instance: i-00000000000000001, hook: drain } }
                  - { at: {{at + 3}}, complete: { token: 00000000-0000-0000-0000-000000000000, hook: drain, result: {{result}} } }
                  - { at: {{at + 4}}, putHook: { LifecycleHookName: other, LifecycleTransition: "autoscaling:EC2_INSTANCE_LAUNCHING" } }
                  - { at: {{at + 5}}, deleteHook: other }
                until: {{at + 1000}}
                """).Value);

        public static Arbitrary<(EcsAppSpec, LambdaAppSpec)> FunctionSpecs() => Arb.From(
            from task in Word
            from port in Gen.Choose(1, 65535)
            from subnets in Gen.ListOf(Word).Select(l => (IReadOnlyList<string>)l.Take(3).ToList())
            from weight in Gen.Choose(0, 10)
            from current in Gen.Choose(1, 100)
            from function in Word
            select (new EcsAppSpec
            {
                Version = "0.0",
                TargetService = new EcsTargetService
                {
                    TaskDefinition = task, ContainerName = "web", ContainerPort = port, Subnets = subnets, AssignPublicIp = weight % 2 == 0 ? "ENABLED" : null,
                    CapacityProviderStrategy = [new EcsCapacityProvider { CapacityProvider = "FARGATE", Base = 0, Weight = weight }],
                },
                Hooks = [new FunctionHook { LifecycleEvent = LifecycleEventName.BeforeInstall, FunctionName = function }],
            },
            new LambdaAppSpec
            {
                Version = "0.0", ResourceName = "fn", Name = function, Alias = "live", CurrentVersion = current, TargetVersion = current + 1,
                Hooks = [new FunctionHook { LifecycleEvent = LifecycleEventName.AfterAllowTraffic, FunctionName = function }],
            }));

        public static Arbitrary<DeploymentScenario> Scenarios() => Arb.From(
            from platform in Gen.Elements(ComputePlatform.Server, ComputePlatform.Ecs, ComputePlatform.Lambda)
            from type in Gen.Elements(DeploymentType.InPlace, DeploymentType.BlueGreen)
            from flags in Gen.Choose(0, 15)
            select new DeploymentScenario
            {
                Platform = platform, DeploymentType = type, LoadBalancer = (flags & 1) != 0, Rollback = (flags & 2) != 0, TestListener = (flags & 4) != 0,
                Instances = (flags & 8) != 0 ? InstanceGroup.Original : InstanceGroup.Replacement,
            });

        public static Arbitrary<string[]> Failing() => Arb.From(Gen.SubListOf(["a.sh", "b.sh", "c.sh"]).Select(l => l.ToArray()));

        public static Arbitrary<DiagnosticRule> Rules() => Arb.From(Gen.Elements(DiagnosticRules.All.ToArray()));
    }
}
