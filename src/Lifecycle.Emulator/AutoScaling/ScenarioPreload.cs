using Lifecycle.Core.AutoScaling.Simulation.Scenarios;
using Lifecycle.Emulator.World;

namespace Lifecycle.Emulator.AutoScaling;

/// <summary>
/// <c>--scenario</c>: the scenario's group exists from the start with its hooks and warm pool, its seed and its
/// retention policy; its steps do not run (the clients drive the group). The group has MinSize 0, MaxSize
/// <see cref="MaxSize"/>, DesiredCapacity 0 and one zone, the region's "a". Its hooks' targets are not sent a
/// test message, since no queue exists before the emulator starts.
/// </summary>
internal static class ScenarioPreload
{
    public const int MaxSize = 100;

    public static void Apply(EmulatorWorld world, SimulationScenario scenario)
    {
        lock (world.Gate)
        {
            var settings = new GroupSettings
            {
                MaxSize = MaxSize,
                CreatedTime = world.WallNow,
                AvailabilityZones = [world.Environment.Region + "a"],
                LaunchConfigurationName = "lifecycle-scenario",
            };
            var group = world.AddGroup(scenario.AutoScalingGroupName, settings, scenario.RetainOnTerminateAbandon, scenario.Seed);
            if (scenario.WarmPool is { } pool)
            {
                group.Simulator.PutWarmPool(pool);
            }

            foreach (var hook in scenario.Hooks)
            {
                group.Simulator.PutLifecycleHook(hook with { AutoScalingGroupName = scenario.AutoScalingGroupName.Value });
            }

            world.Settle(world.At("the emulator started with a scenario's group."));
        }
    }
}
