using System.Buffers;
using Wharf.Oci;

namespace Wharf.Proxy.Pull;

/// <summary>
/// Copies a blob from upstream to the client while hashing it (SPEC §2.3). The last chunk read is held back
/// until the source ends and the digest checks, so a client can never receive every byte of a wrong blob:
/// on a mismatch the caller aborts the connection and the client sees a truncated body, never a silent success.
/// Memory use is two pooled buffers, whatever the blob size (SPEC §2.4).
/// </summary>
public static class VerifyingCopier
{
    public const int BufferSize = 64 * 1024;

    public static async Task<StreamCopyResult> CopyAsync(
        Stream source, Stream destination, Digest expected, long? expectedLength, CancellationToken ct)
    {
        var held = ArrayPool<byte>.Shared.Rent(BufferSize);
        var next = ArrayPool<byte>.Shared.Rent(BufferSize);
        using var hasher = expected.CreateHasher();
        long written = 0, total = 0;
        var heldCount = 0;
        try
        {
            while (true)
            {
                int read;
                try
                {
                    read = await source.ReadAsync(next.AsMemory(0, BufferSize), ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    return new(StreamCopyOutcome.Canceled, written);
                }
                catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
                {
                    return new(StreamCopyOutcome.SourceFailed, written, e);
                }

                if (read == 0)
                {
                    break;
                }

                hasher.AppendData(next, 0, read);
                total += read;
                if (expectedLength is { } max && total > max)
                {
                    return new(StreamCopyOutcome.LengthMismatch, written);
                }

                if (heldCount > 0)
                {
                    if (await TryWriteAsync(destination, held.AsMemory(0, heldCount), ct) is { } failure)
                    {
                        return new(failure.Outcome, written, failure.Error);
                    }

                    written += heldCount;
                }

                (held, next) = (next, held);
                heldCount = read;
            }

            if (expectedLength is { } length && total != length)
            {
                return new(StreamCopyOutcome.LengthMismatch, written);
            }

            if (!expected.Matches(hasher.GetHashAndReset()))
            {
                return new(StreamCopyOutcome.DigestMismatch, written);
            }

            if (heldCount > 0)
            {
                if (await TryWriteAsync(destination, held.AsMemory(0, heldCount), ct) is { } failure)
                {
                    return new(failure.Outcome, written, failure.Error);
                }

                written += heldCount;
            }

            return new(StreamCopyOutcome.Success, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(held);
            ArrayPool<byte>.Shared.Return(next);
        }
    }

    private static async Task<(StreamCopyOutcome Outcome, Exception Error)?> TryWriteAsync(Stream destination, ReadOnlyMemory<byte> chunk, CancellationToken ct)
    {
        try
        {
            await destination.WriteAsync(chunk, ct);
            return null;
        }
        catch (OperationCanceledException e)
        {
            return (StreamCopyOutcome.Canceled, e);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            return (StreamCopyOutcome.DestinationFailed, e);
        }
    }
}
