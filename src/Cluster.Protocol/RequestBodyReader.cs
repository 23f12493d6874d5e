using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Cluster.Protocol;

/// <summary>Reads a request body whole, up to a limit: what both AWS dispatchers need before they can check a signature.</summary>
public static class RequestBodyReader
{
    /// <summary>The body, or null when it is (or turns out, for a chunked body) longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        // Content-Length: 0 is a valid empty body; ArrayBufferWriter refuses a zero capacity.
        var buffer = new ArrayBufferWriter<byte>(Math.Max(1, (int)(request.ContentLength ?? 1024)));
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, request.HttpContext.RequestAborted);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }
}
