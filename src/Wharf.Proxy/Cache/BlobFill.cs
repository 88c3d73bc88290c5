using System.Buffers;
using Wharf.Oci;
using Wharf.Proxy.Pull;
using Wharf.Storage.Cache;

namespace Wharf.Proxy.Cache;

/// <summary>
/// One upstream fetch of one blob into the cache (SPEC §2.4, STYLE practice 5): it writes a temp file while hashing,
/// and commits it only when the digest checks. It runs under its own timeout, not any client's, so a client that
/// disconnects does not cancel it; every client that wants the blob meanwhile reads the same file as it grows
/// (<see cref="CopyToAsync"/>), with the final byte held back until the fill is verified.
/// </summary>
public sealed class BlobFill
{
    private readonly TaskCompletionSource<long?> _headers = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _written;

    internal BlobFill(Digest digest, string tempPath)
    {
        Digest = digest;
        TempPath = tempPath;
    }

    public Digest Digest { get; }

    public string TempPath { get; }

    /// <summary>Why the fill failed (upstream refusal, wrong bytes, timeout), once it has.</summary>
    public UpstreamFailure? Failure { get; private set; }

    /// <summary>True when the upstream sent bytes that do not hash to the digest.</summary>
    public bool WrongBytes { get; private set; }

    /// <summary>The committed entry, once the fill is verified.</summary>
    public CachedBlob? Committed { get; private set; }

    public Task Completion => _done.Task;

    /// <summary>The blob length once the upstream answered, null for an unknown length; failures surface as <see cref="Failure"/>.</summary>
    public Task<long?> HeadersAsync => _headers.Task;

    internal async Task RunAsync(Func<CancellationToken, Task<BlobResult>> open, BlobStore store, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var buffer = ArrayPool<byte>.Shared.Rent(VerifyingCopier.BufferSize);
        var committed = false;
        try
        {
            using var result = await open(cts.Token);
            if (result.Failure is not null || result.Status != 200)
            {
                Fail(result.Failure ?? UpstreamFailed("the upstream answered " + result.Status));
                return;
            }

            var length = result.Length;
            using var hasher = Digest.CreateHasher();
            // Synchronous file I/O on purpose: writes land in the page cache in microseconds, and Linux has no real
            // async file I/O, so the async API would only add a thread-pool hop per chunk.
            using (var file = File.OpenHandle(TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            await using (var body = await result.OpenBodyAsync(cts.Token))
            {
                // Readers may open the temp file from here on.
                _headers.TrySetResult(length);
                int read;
                while ((read = await body.ReadAtLeastAsync(buffer.AsMemory(0, VerifyingCopier.BufferSize), VerifyingCopier.BufferSize, throwOnEndOfStream: false, cts.Token)) > 0)
                {
                    hasher.AppendData(buffer, 0, read);
                    RandomAccess.Write(file, buffer.AsSpan(0, read), Interlocked.Read(ref _written));
                    Interlocked.Add(ref _written, read);
                    if (length is { } max && Interlocked.Read(ref _written) > max)
                    {
                        break;
                    }

                    Pulse();
                }
            }

            var total = Interlocked.Read(ref _written);
            if (length is { } expected && total != expected)
            {
                Fail(UpstreamFailed($"the upstream sent {total} bytes of {expected}"));
            }
            else if (!Digest.Matches(hasher.GetHashAndReset()))
            {
                WrongBytes = true;
                Fail(UpstreamFailed("the upstream blob does not match its digest"));
            }
            else
            {
                Committed = store.Commit(TempPath, Digest);
                committed = true;
                _headers.TrySetResult(total);
                _done.TrySetResult(true);
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
        {
            Fail(UpstreamFailure.FromException(e, timedOut: cts.IsCancellationRequested));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (!committed)
            {
                File.Delete(TempPath);
            }

            Pulse();
        }
    }

    /// <summary>
    /// Streams the blob to <paramref name="destination"/> as the fill writes it. Bytes go out as they arrive, except the
    /// last one, which waits for the digest check; a failed fill ends the copy with <see cref="StreamCopyOutcome.DigestMismatch"/>
    /// or <see cref="StreamCopyOutcome.SourceFailed"/>, and the caller aborts the connection.
    /// </summary>
    public async Task<StreamCopyResult> CopyToAsync(Stream destination, CancellationToken ct)
    {
        await HeadersAsync.WaitAsync(ct);
        var buffer = ArrayPool<byte>.Shared.Rent(VerifyingCopier.BufferSize);
        long position = 0;
        try
        {
            using var file = OpenForReading() ?? await OpenAfterCompletionAsync(ct);
            if (file is null)
            {
                return new(StreamCopyOutcome.SourceFailed, 0);
            }

            while (true)
            {
                var signal = _progress.Task;
                var verified = _done.Task.IsCompletedSuccessfully && _done.Task.Result;
                if (_done.Task.IsCompleted && !verified)
                {
                    return new(WrongBytes ? StreamCopyOutcome.DigestMismatch : StreamCopyOutcome.SourceFailed, position);
                }

                var written = Interlocked.Read(ref _written);
                var allowed = verified ? written : Math.Max(0, written - 1);
                if (position < allowed)
                {
                    var read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(VerifyingCopier.BufferSize, allowed - position)), position);
                    try
                    {
                        await destination.WriteAsync(buffer.AsMemory(0, read), ct);
                    }
                    catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
                    {
                        return new(StreamCopyOutcome.DestinationFailed, position, e);
                    }

                    position += read;
                    continue;
                }

                if (verified && position == written)
                {
                    return new(StreamCopyOutcome.Success, position);
                }

                await signal.WaitAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return new(StreamCopyOutcome.Canceled, position);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Neither file could be opened: the temp file was being renamed (commit in progress) or deleted (failure).
    /// Once the fill has finished, <see cref="Committed"/> says which.
    /// </summary>
    private async Task<Microsoft.Win32.SafeHandles.SafeFileHandle?> OpenAfterCompletionAsync(CancellationToken ct)
    {
        await _done.Task.WaitAsync(ct);
        return OpenForReading();
    }

    /// <summary>The temp file, or the committed file if the fill finished (and renamed it) before this reader came.</summary>
    private Microsoft.Win32.SafeHandles.SafeFileHandle? OpenForReading()
    {
        foreach (var path in new[] { TempPath, Committed?.Path })
        {
            if (path is null)
            {
                continue;
            }

            try
            {
                return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (FileNotFoundException)
            {
                // Renamed (committed) or deleted (failed) between the check and the open: try the next.
            }
        }

        return null;
    }

    private void Fail(UpstreamFailure failure)
    {
        Failure = failure;
        _headers.TrySetResult(null);
        _done.TrySetResult(false);
    }

    private void Pulse() => Interlocked.Exchange(ref _progress, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    private static UpstreamFailure UpstreamFailed(string message) => new(new OciError(OciErrorCode.UpstreamUnavailable, message));
}
