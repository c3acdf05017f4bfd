namespace Lifecycle.Cli;

/// <summary>Reads an input file for a command, turning every way it can fail into a plain reason.</summary>
internal static class InputFile
{
    /// <summary>Files larger than this are refused before reading: no lifecycle document is near it.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    public static async Task<(string? Text, string? Problem)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var (bytes, problem) = await ReadBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return bytes is null ? (null, problem) : (DecodeText(bytes), null);
    }

    /// <summary>The file's bytes, for readers that check the encoding themselves (an AppSpec, as the agent reads it).</summary>
    public static async Task<(byte[]? Bytes, string? Problem)> ReadBytesAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return (null, "it is a folder, not a file");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, "no such file");
            }

            if (info.Length > MaxBytes)
            {
                return (null, $"the file is {info.Length:N0} bytes, over the {MaxBytes:N0}-byte limit");
            }

            return (await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return (null, e.Message);
        }
    }

    // As File.ReadAllText decodes: a UTF-8, UTF-16 or UTF-32 byte order mark picks the encoding, else UTF-8.
    private static string DecodeText(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
