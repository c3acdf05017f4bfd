using FsCheck;
using FsCheck.Xunit;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Tests.Shared;
using static Lifecycle.Core.Tests.AutoScaling.Simulation.AutoScalingSimulatorPropertyTests;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>Handlers that fail change nothing but the record of their failure: no instance is ever stuck by one.</summary>
public class HandlerPropertyTests
{
    /// <summary>
    /// The same random run with a handler that throws at once, and another that faults after waiting on the virtual
    /// clock, gives the timeline of the run without handlers, plus HandlerFailed events.
    /// </summary>
    [Property(Arbitrary = [typeof(Runs)], MaxTest = PropertyCases.Default / 3)]
    public bool Property_FailingHandlers_ChangeNothingButTheirFailureEvents(SimulationRun run)
    {
        var bare = New(run);
        var failing = New(run);
        failing.Subscribe((_, _) => throw new InvalidOperationException("at once"));
        failing.Subscribe(async (context, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(7), context.TimeProvider, cancellationToken);
            throw new InvalidOperationException("later");
        });
        foreach (var op in run.Ops)
        {
            Apply(bare, op);
            Apply(failing, op);
        }

        var failures = failing.Timeline.OfType<HandlerFailed>().ToList();
        var notifications = failing.Timeline.OfType<NotificationSent>().Count();
        return bare.Timeline.SequenceEqual(failing.Timeline.Where(e => e is not HandlerFailed))
            && failures.Count(f => f.Message == "at once") == notifications
            && failures.All(f => f.Message == "at once" ? f.Time == f.Notification.Time : f.Time == f.Notification.Time + TimeSpan.FromSeconds(7));
    }
}
