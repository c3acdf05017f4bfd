using Lifecycle.Emulator.Wire;
using Microsoft.AspNetCore.Http;

namespace Lifecycle.Emulator.Hosting;

/// <summary>Reads a request body up to a limit; a larger one is refused with 413 before it is all read.</summary>
internal static class RequestBody
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static ServiceError TooLarge(int limit) =>
        new("RequestEntityTooLarge", $"The request body is larger than the emulator takes ({limit} bytes). Send less at once.", 413);
}
