using System.Globalization;
using System.Text;

namespace Lifecycle.Executors.Process;

/// <summary>
/// A script's output: every line appended to the script log in the agent's format (reference §4.8), and the most
/// recent lines kept as a bounded tail.
/// </summary>
internal sealed class ScriptOutput(int tailLength, string? logPath, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _tail = new();

    public string Tail
    {
        get
        {
            lock (_gate)
            {
                return _tail.ToString();
            }
        }
    }

    public void Heading(string lifecycleEvent, string location)
    {
        Log($"LifecycleEvent - {lifecycleEvent}");
        Log($"Script - {location}");
    }

    public async Task PumpAsync(StreamReader reader, string stream)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            var entry = $"[{stream}]{line}";
            lock (_gate)
            {
                _tail.Append(entry).Append('\n');
                if (_tail.Length > tailLength)
                {
                    _tail.Remove(0, _tail.Length - tailLength);
                }
            }

            Log(entry);
        }
    }

    private void Log(string message)
    {
        if (logPath is null)
        {
            return;
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"{time.GetUtcNow():yyyy-MM-dd HH:mm:ss} {message}\n");
        lock (_gate)
        {
            File.AppendAllText(logPath, line);
        }
    }
}
