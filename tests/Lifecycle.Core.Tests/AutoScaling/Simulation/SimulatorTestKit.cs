using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>What the simulator tests of group "web" share: putting a hook, and an instance's states as one line.</summary>
internal static class SimulatorTestKit
{
    public const string Launching = "autoscaling:EC2_INSTANCE_LAUNCHING";
    public const string Terminating = "autoscaling:EC2_INSTANCE_TERMINATING";

    /// <summary>Puts a hook on group "web" and checks that the simulator took it.</summary>
    public static void Hook(AutoScalingSimulator sim, string name, string transition, int heartbeat = 300, string result = "CONTINUE") =>
        Assert.True(sim.PutLifecycleHook(new PutLifecycleHookRequest
        {
            LifecycleHookName = name,
            AutoScalingGroupName = "web",
            LifecycleTransition = transition,
            HeartbeatTimeout = heartbeat,
            DefaultResult = result,
        }).Succeeded);

    /// <summary>The states an instance entered, as "second:State" separated by spaces.</summary>
    public static string States(AutoScalingSimulator sim, InstanceId instance) =>
        string.Join(" ", sim.Timeline.OfType<InstanceStateChanged>().Where(e => e.InstanceId == instance).Select(e => $"{e.Time.TotalSeconds}:{e.State.ToWire()}"));

    /// <summary>Whole seconds of virtual time.</summary>
    public static TimeSpan S(long seconds) => TimeSpan.FromSeconds(seconds);

    /// <summary>A hook name the test knows to be valid.</summary>
    public static LifecycleHookName Name(string name) => LifecycleHookName.Parse(name);
}
