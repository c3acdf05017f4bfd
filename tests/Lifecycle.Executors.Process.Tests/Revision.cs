namespace Lifecycle.Executors.Process.Tests;

/// <summary>A revision folder with real bash scripts, deleted afterwards.</summary>
internal sealed class Revision : IDisposable
{
    public Revision() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "lifecycle-revision-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a bash script (without the run bit: the executor sets it, as the agent does).</summary>
    public string Script(string location, string body)
    {
        var path = Path.Combine(Root, location);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "#!/bin/bash\n" + body + "\n");
        return path;
    }

    public string PathOf(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
