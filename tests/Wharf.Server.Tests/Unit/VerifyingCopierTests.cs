using System.Security.Cryptography;
using Wharf.Oci;
using Wharf.Proxy.Pull;

namespace Wharf.Server.Tests.Unit;

public sealed class VerifyingCopierTests
{
    private static byte[] Bytes(int n, int seed = 1)
    {
        var data = new byte[n];
        new Random(seed).NextBytes(data);
        return data;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(VerifyingCopier.BufferSize)]
    [InlineData(VerifyingCopier.BufferSize + 1)]
    [InlineData(5 * VerifyingCopier.BufferSize + 17)]
    public async Task CopyAsync_RightBytes_CopiesAll(int size)
    {
        var data = Bytes(size);
        using var destination = new MemoryStream();

        var result = await VerifyingCopier.CopyAsync(new MemoryStream(data), destination, Digest.ComputeSha256(data), size, CancellationToken.None);

        Assert.Equal(StreamCopyOutcome.Success, result.Outcome);
        Assert.Equal(size, result.BytesWritten);
        Assert.Equal(data, destination.ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(VerifyingCopier.BufferSize)]
    [InlineData(3 * VerifyingCopier.BufferSize + 5)]
    public async Task CopyAsync_LastByteWrong_WithholdsTheFinalChunk(int size)
    {
        var data = Bytes(size);
        var digest = Digest.ComputeSha256(data);
        data[^1] ^= 1;
        using var destination = new MemoryStream();

        var result = await VerifyingCopier.CopyAsync(new MemoryStream(data), destination, digest, size, CancellationToken.None);

        Assert.Equal(StreamCopyOutcome.DigestMismatch, result.Outcome);
        Assert.True(destination.Length < size, "every byte of a wrong blob reached the client");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(VerifyingCopier.BufferSize)]
    [InlineData(3 * VerifyingCopier.BufferSize + 5)]
    public async Task CopyAsync_UnknownLength_CopiesAllAndStillWithholdsWrongEnd(int size)
    {
        var data = Bytes(size, seed: 7);
        var digest = Digest.ComputeSha256(data);
        using var good = new MemoryStream();
        var ok = await VerifyingCopier.CopyAsync(new TrickleStream(data), good, digest, null, CancellationToken.None);
        Assert.Equal(StreamCopyOutcome.Success, ok.Outcome);
        Assert.Equal(data, good.ToArray());

        if (size > 0)
        {
            data[^1] ^= 1;
            using var bad = new MemoryStream();
            var wrong = await VerifyingCopier.CopyAsync(new TrickleStream(data), bad, digest, null, CancellationToken.None);
            Assert.Equal(StreamCopyOutcome.DigestMismatch, wrong.Outcome);
            Assert.True(bad.Length < size);
        }
    }

    [Fact]
    public async Task CopyAsync_SmallUpstreamReads_CopiesAllInOrder()
    {
        var data = Bytes(2 * VerifyingCopier.BufferSize + 333, seed: 9);
        using var destination = new MemoryStream();

        var result = await VerifyingCopier.CopyAsync(new TrickleStream(data), destination, Digest.ComputeSha256(data), data.Length, CancellationToken.None);

        Assert.Equal(StreamCopyOutcome.Success, result.Outcome);
        Assert.Equal(data, destination.ToArray());
    }

    [Fact]
    public async Task CopyAsync_ClientGone_ReportsDestinationFailed()
    {
        var data = Bytes(3 * VerifyingCopier.BufferSize);

        var result = await VerifyingCopier.CopyAsync(new MemoryStream(data), new BrokenStream(), Digest.ComputeSha256(data), data.Length, CancellationToken.None);

        Assert.Equal(StreamCopyOutcome.DestinationFailed, result.Outcome);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public async Task CopyAsync_LengthDiffersFromHeader_FailsAsLengthMismatch(int delta)
    {
        var data = Bytes(1000);

        var result = await VerifyingCopier.CopyAsync(new MemoryStream(data), Stream.Null, Digest.ComputeSha256(data), data.Length + delta, CancellationToken.None);

        Assert.Equal(StreamCopyOutcome.LengthMismatch, result.Outcome);
    }

    [Fact]
    public async Task CopyAsync_SourceThrows_ReportsSourceFailed()
    {
        var result = await VerifyingCopier.CopyAsync(new FailingStream(), Stream.Null, Digest.ComputeSha256([]), null, CancellationToken.None);

        Assert.Equal(StreamCopyOutcome.SourceFailed, result.Outcome);
    }

    [Fact]
    public async Task CopyAsync_Sha512Digest_IsVerified()
    {
        var data = Bytes(70_000);
        var digest = Digest.FromHash(Digest.Sha512, SHA512.HashData(data));

        var result = await VerifyingCopier.CopyAsync(new MemoryStream(data), Stream.Null, digest, null, CancellationToken.None);

        Assert.Equal(StreamCopyOutcome.Success, result.Outcome);
    }

    /// <summary>Returns at most 1000 bytes a read, as a slow network does.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken);
    }

    private sealed class BrokenStream : MemoryStream
    {
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException(new IOException("client went away"));
    }

    private sealed class FailingStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(new IOException("connection reset"));
    }
}
