using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Simulation;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.SimulatorTestKit;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>The simulated account, region and start time, as the notifications and the clock show them.</summary>
public class SimulationEnvironmentTests
{
    [Fact]
    public void TheEnvironment_IsWhatTheNotificationsAndTheClockSay()
    {
        var environment = new SimulationEnvironment { AccountId = "210987654321", Region = "eu-west-3", Start = new DateTimeOffset(2030, 5, 6, 7, 8, 9, TimeSpan.Zero) };
        var sim = new AutoScalingSimulator(AutoScalingGroupName.Parse("web"), environment: environment);
        Hook(sim, "warm", Launching);
        sim.AdvanceBy(S(60));

        sim.Launch(1);

        var body = sim.Timeline.OfType<NotificationSent>().Single().Notification.Body;
        Assert.Contains("\"account\":\"210987654321\"", body, StringComparison.Ordinal);
        Assert.Contains("\"region\":\"eu-west-3\"", body, StringComparison.Ordinal);
        // Milliseconds as in AWS's SQS example's Time; the reference does not show the EventBridge envelope's own
        // format, so this is the simulator's assumption (docs/simulation.md, notifications).
        Assert.Contains("\"time\":\"2030-05-06T07:09:09.000Z\"", body, StringComparison.Ordinal);
        Assert.Equal(environment.Start.AddSeconds(60), sim.TimeProvider.GetUtcNow());
        Assert.Equal(("123456789012", "us-east-1"), (SimulationEnvironment.Default.AccountId, SimulationEnvironment.Default.Region));
    }
}
