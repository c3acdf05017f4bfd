using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Lifecycle.Executors.Process;

/// <summary>
/// A child process started with glibc's <c>posix_spawn</c> and <c>POSIX_SPAWN_SETSID</c>: the script starts as the
/// leader of a session and process group of its own, with no extra program in between (the <c>setsid</c> command
/// would add a whole exec, doubling the cost of a short hook). Stdin is /dev/null; stdout and stderr are pipes;
/// signal dispositions and mask are reset to the defaults, as an exec'd program expects.
/// </summary>
internal sealed unsafe partial class SpawnedProcess : IDisposable
{
    private const int OCloexec = 0x80000;
    private const short SpawnSetSigDef = 0x04;
    private const short SpawnSetSigMask = 0x08;
    private const short SpawnSetSid = 0x80;

    // ETXTBSY: a script just written is still open for writing in another process. On Linux that happens when
    // another thread forks while the file is open: the child holds the descriptor until its exec closes it. The
    // window is short, so the spawn is tried again a few times with a growing pause before it is reported.
    private const int TextFileBusy = 26;
    private const int TextFileBusyAttempts = 8;
    private const int Eintr = 4;
    private const int WNoHang = 1;

    // Generous sizes for glibc's opaque structures (x86_64 and arm64: actions 80, attr 336, sigset 128 bytes).
    private const int ActionsSize = 256;
    private const int AttrSize = 512;
    private const int SigSetSize = 256;

    private int? _exitCode;

    private SpawnedProcess(int pid, StreamReader output, StreamReader error)
    {
        Id = pid;
        StandardOutput = output;
        StandardError = error;
    }

    /// <summary>The process id, which is also its process group and session id.</summary>
    public int Id { get; }

    public StreamReader StandardOutput { get; }

    public StreamReader StandardError { get; }

    /// <summary>True where this way of starting processes is available (Linux with glibc).</summary>
    public static bool IsSupported => OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out _);

    /// <summary>Starts <paramref name="file"/> (looked up on PATH when it has no '/') with the arguments, environment and directory given.</summary>
    /// <exception cref="IOException">The process could not be started; the message says why (such as ENOENT).</exception>
    public static SpawnedProcess Start(string file, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var outPipe = stackalloc int[2];
        var errPipe = stackalloc int[2];
        if (Pipe2(outPipe, OCloexec) != 0 || Pipe2(errPipe, OCloexec) != 0)
        {
            throw new IOException($"pipe2 failed: errno {Marshal.GetLastPInvokeError()}");
        }

        var actions = Marshal.AllocHGlobal(ActionsSize);
        var attr = Marshal.AllocHGlobal(AttrSize);
        var defaults = Marshal.AllocHGlobal(SigSetSize);
        var mask = Marshal.AllocHGlobal(SigSetSize);
        var strings = new List<IntPtr>();
        try
        {
            Check(FileActionsInit(actions), "posix_spawn_file_actions_init");
            Check(FileActionsAddOpen(actions, 0, "/dev/null", 0, 0), "addopen");
            Check(FileActionsAddDup2(actions, outPipe[1], 1), "adddup2");
            Check(FileActionsAddDup2(actions, errPipe[1], 2), "adddup2");
            Check(FileActionsAddChdir(actions, workingDirectory), "addchdir_np");
            Check(AttrInit(attr), "posix_spawnattr_init");
            Check(SigFillSet(defaults), "sigfillset");
            Check(SigEmptySet(mask), "sigemptyset");
            Check(AttrSetSigDefault(attr, defaults), "setsigdefault");
            Check(AttrSetSigMask(attr, mask), "setsigmask");
            Check(AttrSetFlags(attr, (short)(SpawnSetSid | SpawnSetSigDef | SpawnSetSigMask)), "setflags");

            var argv = Terminated([file, .. arguments], strings);
            var envp = Terminated([.. environment.Select(kv => $"{kv.Key}={kv.Value}")], strings);
            var path = Utf8(file, strings);
            int pid;
            int result;
            for (var attempt = 1; ; attempt++)
            {
                result = file.Contains('/', StringComparison.Ordinal)
                    ? Spawn(&pid, path, actions, attr, argv, envp)
                    : SpawnP(&pid, path, actions, attr, argv, envp);
                if (result != TextFileBusy || attempt == TextFileBusyAttempts)
                {
                    break;
                }

                Thread.Sleep(attempt * 5);
            }

            if (result != 0)
            {
                _ = Close(outPipe[0]);
                _ = Close(errPipe[0]);
                throw new IOException($"No such file or directory or not executable - {file} (errno {result})");
            }

            return new SpawnedProcess(pid, Reader(outPipe[0]), Reader(errPipe[0]));
        }
        finally
        {
            _ = Close(outPipe[1]);
            _ = Close(errPipe[1]);
            _ = FileActionsDestroy(actions);
            _ = AttrDestroy(attr);
            Marshal.FreeHGlobal(actions);
            Marshal.FreeHGlobal(attr);
            Marshal.FreeHGlobal(defaults);
            Marshal.FreeHGlobal(mask);
            foreach (var s in strings)
            {
                Marshal.FreeHGlobal(s);
            }
        }
    }

    /// <summary>The exit code if the process has ended (128 + signal when a signal ended it), without waiting.</summary>
    public bool TryGetExitCode(out int exitCode)
    {
        if (_exitCode is { } known)
        {
            exitCode = known;
            return true;
        }

        int status;
        if (WaitPid(Id, &status, WNoHang) == Id)
        {
            _exitCode = exitCode = Decode(status);
            return true;
        }

        exitCode = 0;
        return false;
    }

    /// <summary>Waits for the process to end, blocking the calling thread.</summary>
    public int WaitForExit()
    {
        if (TryGetExitCode(out var exitCode))
        {
            return exitCode;
        }

        int status;
        while (WaitPid(Id, &status, 0) == -1)
        {
            if (Marshal.GetLastPInvokeError() != Eintr)
            {
                return -1;
            }
        }

        _exitCode = Decode(status);
        return _exitCode.Value;
    }

    private static int Decode(int status) => (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);

    public void Dispose()
    {
        StandardOutput.Dispose();
        StandardError.Dispose();
    }

    private static StreamReader Reader(int fd) =>
        new(new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, 1), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);

    private static byte** Terminated(IReadOnlyList<string> items, List<IntPtr> strings)
    {
        var array = (byte**)Marshal.AllocHGlobal((items.Count + 1) * sizeof(byte*));
        strings.Add((IntPtr)array);
        for (var i = 0; i < items.Count; i++)
        {
            array[i] = Utf8(items[i], strings);
        }

        array[items.Count] = null;
        return array;
    }

    private static byte* Utf8(string text, List<IntPtr> strings)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var memory = (byte*)Marshal.AllocHGlobal(bytes.Length + 1);
        strings.Add((IntPtr)memory);
        bytes.AsSpan().CopyTo(new Span<byte>(memory, bytes.Length));
        memory[bytes.Length] = 0;
        return memory;
    }

    private static void Check(int result, string call)
    {
        if (result != 0)
        {
            throw new IOException($"{call} failed: {result}");
        }
    }

    [LibraryImport("libc", EntryPoint = "pipe2", SetLastError = true)]
    private static partial int Pipe2(int* fds, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "waitpid", SetLastError = true)]
    private static partial int WaitPid(int pid, int* status, int options);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_init")]
    private static partial int FileActionsInit(IntPtr actions);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_destroy")]
    private static partial int FileActionsDestroy(IntPtr actions);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_adddup2")]
    private static partial int FileActionsAddDup2(IntPtr actions, int fd, int newFd);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_addopen", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int FileActionsAddOpen(IntPtr actions, int fd, string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_addchdir_np", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int FileActionsAddChdir(IntPtr actions, string path);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_init")]
    private static partial int AttrInit(IntPtr attr);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_destroy")]
    private static partial int AttrDestroy(IntPtr attr);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setflags")]
    private static partial int AttrSetFlags(IntPtr attr, short flags);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setsigdefault")]
    private static partial int AttrSetSigDefault(IntPtr attr, IntPtr sigset);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setsigmask")]
    private static partial int AttrSetSigMask(IntPtr attr, IntPtr sigset);

    [LibraryImport("libc", EntryPoint = "sigfillset")]
    private static partial int SigFillSet(IntPtr set);

    [LibraryImport("libc", EntryPoint = "sigemptyset")]
    private static partial int SigEmptySet(IntPtr set);

    [LibraryImport("libc", EntryPoint = "posix_spawn")]
    private static partial int Spawn(int* pid, byte* path, IntPtr actions, IntPtr attr, byte** argv, byte** envp);

    [LibraryImport("libc", EntryPoint = "posix_spawnp")]
    private static partial int SpawnP(int* pid, byte* path, IntPtr actions, IntPtr attr, byte** argv, byte** envp);
}
