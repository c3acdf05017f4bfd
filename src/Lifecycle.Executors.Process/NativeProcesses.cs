using System.Runtime.InteropServices;

namespace Lifecycle.Executors.Process;

/// <summary>Signals a whole process group, which .NET's Process class cannot do (it kills one process or a tree it can see).</summary>
internal static partial class NativeProcesses
{
    private const int SigTerm = 15;
    private const int SigKill = 9;

    /// <summary>Sends SIGTERM to every process of the group, then, after the grace period, SIGKILL.</summary>
    /// <param name="processGroupId">The group (its leader's pid).</param>
    /// <param name="grace">How long the group has to end after SIGTERM.</param>
    /// <param name="time">The clock for the grace period.</param>
    /// <param name="reapLeader">Reaps the leader if it has ended; a zombie still counts as a member of the group.</param>
    public static async Task TerminateGroupAsync(int processGroupId, TimeSpan grace, TimeProvider time, Func<bool>? reapLeader = null)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        // SIGTERM first; SIGKILL for whatever is still alive when the group has not gone within the grace period.
        _ = Kill(-processGroupId, SigTerm);
        var deadline = time.GetUtcNow() + grace;
        while (time.GetUtcNow() < deadline)
        {
            _ = reapLeader?.Invoke();
            if (!GroupAlive(processGroupId))
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), time).ConfigureAwait(false);
        }

        _ = Kill(-processGroupId, SigKill);
    }

    /// <summary>True while any process of the group is alive.</summary>
    public static bool GroupAlive(int processGroupId) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && Kill(-processGroupId, 0) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
