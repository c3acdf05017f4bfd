using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Emulator.Sns;

/// <summary>
/// The Subject of the SNS message a lifecycle notification becomes. Public handlers' test data show Auto Scaling's
/// form for an action ("Auto Scaling:  Lifecycle action 'TERMINATING' for instance i-... in progress.", two spaces
/// after the colon); the test notification's subject was not found, so its text here is the emulator's own.
/// </summary>
internal static class SnsSubjects
{
    public static string For(LifecycleNotification notification, string group) => notification.Action is { } action
        ? $"Auto Scaling:  Lifecycle action '{(action.LifecycleTransition.IsLaunching ? "LAUNCHING" : "TERMINATING")}' for instance {action.InstanceId} in progress."
        : $"Auto Scaling: test notification for group \"{group}\"";
}
