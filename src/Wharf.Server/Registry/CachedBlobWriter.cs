using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Wharf.Storage.Cache;

namespace Wharf.Server.Registry;

/// <summary>
/// Serves a committed cache entry: the whole file with sendfile (<see cref="HttpResponse.SendFileAsync(string, long, long?, CancellationToken)"/>,
/// zero-copy on Linux), one range as 206, several as <c>multipart/byteranges</c> (SPEC §2.3).
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
                await response.SendFileAsync(blob.Path, 0, blob.Length, context.RequestAborted);
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
                await response.SendFileAsync(blob.Path, start, end - start + 1, context.RequestAborted);
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
            await response.SendFileAsync(blob.Path, start, end - start + 1, context.RequestAborted);
            await response.Body.WriteAsync("\r\n"u8.ToArray(), context.RequestAborted);
        }

        await response.Body.WriteAsync(trailer, context.RequestAborted);
        return new(206, response.ContentLength ?? 0, "cache ranges " + ranges.Count.ToString(CultureInfo.InvariantCulture));
    }
}
