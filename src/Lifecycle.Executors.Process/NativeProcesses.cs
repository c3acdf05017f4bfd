using System.Runtime.InteropServices;

namespace Lifecycle.Executors.Process;

/// <summary>Signals a whole process group, which .NET's Process class cannot do (it kills one process or a tree it can see).</summary>
internal static partial class NativeProcesses
{
    private const int SigTerm = 15;
    private const int SigKill = 9;

    /// <summary>Sends SIGTERM to every process of the group, then, after the grace period, SIGKILL.</summary>
    public static async Task TerminateGroupAsync(int processGroupId, TimeSpan grace, TimeProvider time)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        // SIGTERM first; SIGKILL for whatever is still alive when the group has not gone within the grace period.
        _ = Kill(-processGroupId, SigTerm);
        var deadline = time.GetUtcNow() + grace;
        while (GroupAlive(processGroupId) && time.GetUtcNow() < deadline)
        {
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
