using System.Buffers;
using Wharf.Oci;

namespace Wharf.Proxy.Pull;

/// <summary>
/// Copies a blob from upstream to the client while hashing it (SPEC §2.3). The final chunk is held back until the
/// digest checks, so a client can never receive every byte of a wrong blob: on a mismatch the caller aborts the
/// connection and the client sees a truncated body, never a silent success. With a known length the copy is
/// pipelined (the next upstream read runs while the previous client write is in flight) and only the chunk that
/// completes the blob waits for the check; without one, each chunk waits for the next read to prove it is not the last.
/// Memory use is two pooled buffers, whatever the blob size (SPEC §2.4).
/// </summary>
public static class VerifyingCopier
{
    public const int BufferSize = 256 * 1024;

    public static async Task<StreamCopyResult> CopyAsync(
        Stream source, Stream destination, Digest expected, long? expectedLength, CancellationToken ct)
    {
        var current = ArrayPool<byte>.Shared.Rent(BufferSize);
        var other = ArrayPool<byte>.Shared.Rent(BufferSize);
        using var hasher = expected.CreateHasher();
        var pendingWrite = Task.CompletedTask;
        long written = 0, pendingBytes = 0, total = 0;
        var heldCount = 0;
        try
        {
            while (true)
            {
                var (read, readFailure) = await ReadAsync(source, current, ct);
                if (readFailure is { } failedRead)
                {
                    await Settle(pendingWrite);
                    return failedRead with { BytesWritten = written };
                }

                if (read > 0)
                {
                    hasher.AppendData(current, 0, read);
                    total += read;
                    if (total > expectedLength)
                    {
                        await Settle(pendingWrite);
                        return new(StreamCopyOutcome.LengthMismatch, written);
                    }
                }

                // Wait for the previous write before the buffer it uses is read into again.
                if (await WaitAsync(pendingWrite) is { } writeFailure)
                {
                    return writeFailure with { BytesWritten = written };
                }

                written += pendingBytes;
                pendingBytes = 0;

                var complete = read == 0 || (expectedLength is { } length && total == length);
                if (expectedLength is null && heldCount > 0)
                {
                    // Unknown length: the held chunk was not the last one, since this read returned data.
                    if (read == 0)
                    {
                        break;
                    }

                    // Written at once (not pipelined): the next read goes into this very buffer.
                    if (await WaitAsync(destination.WriteAsync(other.AsMemory(0, heldCount), ct).AsTask()) is { } heldFailure)
                    {
                        return heldFailure with { BytesWritten = written };
                    }

                    written += heldCount;
                    heldCount = 0;
                }

                if (complete)
                {
                    heldCount = read;
                    (current, other) = (other, current);
                    break;
                }

                if (expectedLength is null)
                {
                    heldCount = read;
                }
                else
                {
                    pendingWrite = destination.WriteAsync(current.AsMemory(0, read), ct).AsTask();
                    pendingBytes = read;
                }

                (current, other) = (other, current);
            }

            if (await WaitAsync(pendingWrite) is { } lastWriteFailure)
            {
                return lastWriteFailure with { BytesWritten = written };
            }

            written += pendingBytes;
            if (expectedLength is { } expectedTotal && total != expectedTotal)
            {
                return new(StreamCopyOutcome.LengthMismatch, written);
            }

            if (!expected.Matches(hasher.GetHashAndReset()))
            {
                return new(StreamCopyOutcome.DigestMismatch, written);
            }

            if (heldCount > 0)
            {
                if (await WaitAsync(destination.WriteAsync(other.AsMemory(0, heldCount), ct).AsTask()) is { } failure)
                {
                    return failure with { BytesWritten = written };
                }

                written += heldCount;
            }

            return new(StreamCopyOutcome.Success, written);
        }
        finally
        {
            await Settle(pendingWrite);
            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(other);
        }
    }

    /// <summary>
    /// Fills the buffer: upstream reads arrive in small pieces (Go writes 32 KiB), and each client write costs a
    /// flush and a syscall, so fewer, larger writes cut the CPU per blob.
    /// </summary>
    private static async Task<(int Read, StreamCopyResult? Failure)> ReadAsync(Stream source, byte[] buffer, CancellationToken ct)
    {
        try
        {
            return (await source.ReadAtLeastAsync(buffer.AsMemory(0, BufferSize), BufferSize, throwOnEndOfStream: false, ct), null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return (0, new(StreamCopyOutcome.Canceled, 0));
        }
        catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
        {
            return (0, new(StreamCopyOutcome.SourceFailed, 0, e));
        }
    }

    private static async Task<StreamCopyResult?> WaitAsync(Task write)
    {
        try
        {
            await write;
            return null;
        }
        catch (OperationCanceledException e)
        {
            return new(StreamCopyOutcome.Canceled, 0, e);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            return new(StreamCopyOutcome.DestinationFailed, 0, e);
        }
    }

    /// <summary>Lets an in-flight write finish (its buffer goes back to the pool next), ignoring how it ended.</summary>
    private static async Task Settle(Task write)
    {
        try
        {
            await write;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
        }
    }
}
