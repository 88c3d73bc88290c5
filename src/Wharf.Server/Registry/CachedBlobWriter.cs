using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Wharf.Storage.Cache;

namespace Wharf.Server.Registry;

/// <summary>
/// Serves a committed cache entry: the whole file, one range as 206, several as <c>multipart/byteranges</c>
/// (SPEC §2.3). Kestrel has no zero-copy sendfile (its <c>SendFileAsync</c> copies through a small buffer), so file
/// bytes are read (synchronously: page-cache hits, and Linux file I/O has no true async) straight into the response
/// pipe's own memory in large chunks: one copy, few syscalls, and the
/// pipe's flush gives back-pressure, so memory stays bounded per connection whatever the blob size.
/// </summary>
internal static class CachedBlobWriter
{
    public static async Task<ResponseOutcome> WriteAsync(HttpContext context, CachedBlob blob, bool headOnly)
    {
        var response = context.Response;
        response.Headers.AcceptRanges = "bytes";
        var ranges = ByteRanges.Parse(context.Request.Headers.Range, blob.Length);
        if (ranges is { Count: 0 })
        {
            response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            response.Headers.ContentRange = $"bytes */{blob.Length}";
            return new(416, 0, "cache");
        }

        if (ranges is null)
        {
            response.StatusCode = 200;
            response.ContentType = "application/octet-stream";
            response.ContentLength = blob.Length;
            if (!headOnly)
            {
                await CopyFileAsync(response, blob.Path, 0, blob.Length, context.RequestAborted);
            }

            return new(200, headOnly ? 0 : blob.Length, "cache");
        }

        response.StatusCode = StatusCodes.Status206PartialContent;
        if (ranges.Count == 1)
        {
            var (start, end) = ranges[0];
            response.ContentType = "application/octet-stream";
            response.ContentLength = end - start + 1;
            response.Headers.ContentRange = $"bytes {start}-{end}/{blob.Length}";
            if (!headOnly)
            {
                await CopyFileAsync(response, blob.Path, start, end - start + 1, context.RequestAborted);
            }

            return new(206, headOnly ? 0 : end - start + 1, "cache range");
        }

        var boundary = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        response.ContentType = "multipart/byteranges; boundary=" + boundary;
        var parts = ranges.Select(r => (r.Start, r.End, Header: Encoding.ASCII.GetBytes(
            $"--{boundary}\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes {r.Start}-{r.End}/{blob.Length}\r\n\r\n"))).ToList();
        var trailer = Encoding.ASCII.GetBytes($"--{boundary}--\r\n");
        response.ContentLength = parts.Sum(p => p.Header.Length + (p.End - p.Start + 1) + 2) + trailer.Length;
        if (headOnly)
        {
            return new(206, 0, "cache ranges");
        }

        foreach (var (start, end, header) in parts)
        {
            await response.Body.WriteAsync(header, context.RequestAborted);
            await CopyFileAsync(response, blob.Path, start, end - start + 1, context.RequestAborted);
            await response.Body.WriteAsync("\r\n"u8.ToArray(), context.RequestAborted);
        }

        await response.Body.WriteAsync(trailer, context.RequestAborted);
        return new(206, response.ContentLength ?? 0, "cache ranges " + ranges.Count.ToString(CultureInfo.InvariantCulture));
    }

    private const int ChunkSize = 256 * 1024;

    private static async Task CopyFileAsync(HttpResponse response, string path, long offset, long count, CancellationToken ct)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
        var writer = response.BodyWriter;
        while (count > 0)
        {
            var memory = writer.GetMemory((int)Math.Min(ChunkSize, count));
            var read = RandomAccess.Read(handle, memory.Span[..(int)Math.Min(memory.Length, count)], offset);
            if (read == 0)
            {
                throw new IOException($"cache file {path} ended early");
            }

            writer.Advance(read);
            offset += read;
            count -= read;
            var flushed = await writer.FlushAsync(ct);
            if (flushed.IsCompleted || flushed.IsCanceled)
            {
                return;
            }
        }
    }
}
