using System.Buffers.Binary;

namespace Wharf.Testing;

/// <summary>
/// A read-only stream of <c>length</c> pseudo-random bytes from a seed (xorshift64*): the
/// same seed gives the same bytes on every machine and .NET version, in any read-size
/// pattern, without holding the content in memory. Seekable only in the sense that
/// <see cref="Length"/> and <see cref="Position"/> are known (the tar writer needs the size).
/// </summary>
public sealed class SeededRandomStream : Stream
{
    private readonly long _length;
    private ulong _state;
    private ulong _word;
    private long _position;

    /// <summary>Creates a stream of <paramref name="length"/> bytes determined by <paramref name="seed"/>.</summary>
    public SeededRandomStream(long length, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _length = length;

        // splitmix64 of the seed: never zero, and nearby seeds give unrelated streams.
        var z = unchecked((ulong)seed + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        _state = (z ^ (z >> 31)) | 1UL;
    }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => true;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, _length - _position);
        var i = 0;

        // Stream position p holds byte (p % 8) of word p / 8 (little-endian), so the output
        // does not depend on read sizes. Whole words are written 8 bytes at a time.
        while (i < count)
        {
            var index = (int)(_position & 7);
            if (index == 0)
            {
                NextWord();
                if (count - i >= 8)
                {
                    BinaryPrimitives.WriteUInt64LittleEndian(buffer[i..], _word);
                    i += 8;
                    _position += 8;
                    continue;
                }
            }

            buffer[i++] = (byte)(_word >> (8 * index));
            _position++;
        }

        return count;
    }

    /// <summary>Only "seeks" to the current position (what <c>TarWriter</c> may do); anything else is unsupported.</summary>
    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _length + offset,
        };
        if (target != _position)
        {
            throw new NotSupportedException("SeededRandomStream is generated sequentially.");
        }

        return _position;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // xorshift64*: tiny, fast, and fixed here forever (System.Random's sequence is an implementation detail).
    private void NextWord()
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        _word = unchecked(_state * 0x2545F4914F6CDD1DUL);
    }
}
