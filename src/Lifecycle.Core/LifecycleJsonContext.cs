using System.Text.Json.Serialization;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Execution;
using Lifecycle.Core.CodeDeploy.Planning;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core;

/// <summary>
/// System.Text.Json metadata, source-generated (trim- and AOT-safe), for the SDK's models in AWS's own shapes:
/// <c>JsonSerializer.Serialize(hook, LifecycleJsonContext.Default.LifecycleHook)</c> writes what DescribeLifecycleHooks
/// returns for it, and a <see cref="HookScript"/> is written with the AppSpec's keys (<c>location</c>, <c>timeout</c>,
/// <c>runas</c>). Each value type writes and reads itself as its plain AWS value (a string, or seconds for
/// <see cref="HeartbeatTimeout"/>); a value AWS would refuse fails the read with a <see cref="System.Text.Json.JsonException"/>.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LifecycleHook))]
[JsonSerializable(typeof(List<LifecycleHook>))]
[JsonSerializable(typeof(PutLifecycleHookRequest))]
[JsonSerializable(typeof(LifecycleHookSpecification))]
[JsonSerializable(typeof(AutoScalingGroupName))]
[JsonSerializable(typeof(LifecycleHookName))]
[JsonSerializable(typeof(LifecycleTransition))]
[JsonSerializable(typeof(HeartbeatTimeout))]
[JsonSerializable(typeof(LifecycleActionResult))]
[JsonSerializable(typeof(NotificationTargetArn))]
[JsonSerializable(typeof(RoleArn))]
[JsonSerializable(typeof(NotificationMetadata))]
[JsonSerializable(typeof(InstanceId))]
[JsonSerializable(typeof(LifecycleActionToken))]
[JsonSerializable(typeof(LifecycleEventName))]
[JsonSerializable(typeof(HookScript))]
[JsonSerializable(typeof(AppSpecFile))]
[JsonSerializable(typeof(EcsCapacityProvider))]
[JsonSerializable(typeof(PermissionMode))]
[JsonSerializable(typeof(PermissionEntry))]
[JsonSerializable(typeof(SeLinuxContext))]
[JsonSerializable(typeof(AppSpecHook))]
[JsonSerializable(typeof(AppSpecDocument))]
[JsonSerializable(typeof(ServerAppSpec))]
[JsonSerializable(typeof(EcsAppSpec))]
[JsonSerializable(typeof(EcsTargetService))]
[JsonSerializable(typeof(LambdaAppSpec))]
[JsonSerializable(typeof(FunctionHook))]
[JsonSerializable(typeof(SimulationEvent))]
[JsonSerializable(typeof(List<SimulationEvent>))]
[JsonSerializable(typeof(LifecycleActionSnapshot))]
[JsonSerializable(typeof(LifecycleNotification))]
[JsonSerializable(typeof(WarmPoolConfiguration))]
[JsonSerializable(typeof(SimulationEnvironment))]
[JsonSerializable(typeof(InstanceStateTransition))]
[JsonSerializable(typeof(SimulationScenario))]
[JsonSerializable(typeof(ScenarioStep))]
[JsonSerializable(typeof(DeploymentEvent))]
[JsonSerializable(typeof(List<DeploymentEvent>))]
[JsonSerializable(typeof(DeploymentResult))]
[JsonSerializable(typeof(EventResult))]
[JsonSerializable(typeof(ScriptResult))]
[JsonSerializable(typeof(ScriptOutcome))]
[JsonSerializable(typeof(ScriptInvocation))]
[JsonSerializable(typeof(FunctionHookInvocation))]
[JsonSerializable(typeof(DeploymentPlan))]
[JsonSerializable(typeof(PlannedEvent))]
[JsonSerializable(typeof(LifecycleEventDefinition))]
[JsonSerializable(typeof(DeploymentScenario))]
[JsonSerializable(typeof(Diagnostic))]
[JsonSerializable(typeof(List<Diagnostic>))]
[JsonSerializable(typeof(SourceSpan))]
[JsonSerializable(typeof(DiagnosticRule))]
public sealed partial class LifecycleJsonContext : JsonSerializerContext;
