using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Wharf.Oci;

/// <summary>
/// A content digest, <c>algorithm:hex</c>. Only the algorithms registries use are accepted:
/// <c>sha256</c> with 64 and <c>sha512</c> with 128 lower-case hex digits (OCI image-spec
/// "Digests"; upper-case hex is not canonical and is refused so equal content has one spelling).
/// </summary>
public readonly record struct Digest
{
    /// <summary>The <c>sha256</c> algorithm name.</summary>
    public const string Sha256 = "sha256";

    /// <summary>The <c>sha512</c> algorithm name.</summary>
    public const string Sha512 = "sha512";

    private readonly string? _value;

    private Digest(string algorithm, string value)
    {
        Algorithm = algorithm;
        _value = value;
    }

    /// <summary>The algorithm, <c>sha256</c> or <c>sha512</c>.</summary>
    public string Algorithm { get; } = "";

    /// <summary>The lower-case hex encoded hash.</summary>
    public string Hex => _value is null ? "" : _value[(Algorithm.Length + 1)..];

    /// <summary>Length in bytes of the hash for <see cref="Algorithm"/>.</summary>
    public int HashSizeInBytes => Algorithm == Sha512 ? 64 : 32;

    /// <summary>Parses <paramref name="s"/>; false (and a default digest) when it is not a valid digest.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out Digest d)
    {
        d = default;
        if (s is null || !TryGetAlgorithm(s, out var algorithm))
        {
            return false;
        }

        d = new Digest(algorithm, s);
        return true;
    }

    /// <summary>Parses a span without allocating when it is invalid.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out Digest d)
    {
        d = default;
        if (!TryGetAlgorithm(s, out var algorithm))
        {
            return false;
        }

        d = new Digest(algorithm, s.ToString());
        return true;
    }

    /// <summary>Parses <paramref name="s"/>.</summary>
    /// <exception cref="FormatException">The string is not a sha256/sha512 digest.</exception>
    public static Digest Parse(string s) =>
        TryParse(s, out var d) ? d : throw new FormatException($"'{s}' is not a valid digest (expected sha256:<64 hex> or sha512:<128 hex>)");

    /// <summary>The sha256 digest of <paramref name="content"/>.</summary>
    public static Digest ComputeSha256(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return FromHash(Sha256, hash);
    }

    /// <summary>Builds a digest from raw hash bytes (32 bytes for sha256, 64 for sha512).</summary>
    /// <exception cref="ArgumentException">Unknown algorithm or wrong hash length.</exception>
    public static Digest FromHash(string algorithm, ReadOnlySpan<byte> hash)
    {
        var expected = algorithm switch
        {
            Sha256 => 32,
            Sha512 => 64,
            _ => throw new ArgumentException($"unsupported digest algorithm '{algorithm}'", nameof(algorithm)),
        };
        if (hash.Length != expected)
        {
            throw new ArgumentException($"a {algorithm} hash has {expected} bytes, got {hash.Length}", nameof(hash));
        }

        var algo = algorithm == Sha256 ? Sha256 : Sha512;
        return new Digest(algo, string.Concat(algo, ":", Convert.ToHexStringLower(hash)));
    }

    /// <summary>
    /// A fresh hasher for this digest's algorithm, to verify content while it streams
    /// (STYLE practice 4). The caller disposes it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The digest is <c>default</c>.</exception>
    public IncrementalHash CreateHasher() => Algorithm switch
    {
        Sha256 => IncrementalHash.CreateHash(HashAlgorithmName.SHA256),
        Sha512 => IncrementalHash.CreateHash(HashAlgorithmName.SHA512),
        _ => throw new InvalidOperationException("default(Digest) has no algorithm"),
    };

    /// <summary>True when <paramref name="hashBytes"/> (a finished hash) equals this digest.</summary>
    public bool Matches(ReadOnlySpan<byte> hashBytes)
    {
        if (_value is null || hashBytes.Length != HashSizeInBytes)
        {
            return false;
        }

        var hex = _value.AsSpan(Algorithm.Length + 1);
        var diff = 0;
        for (var i = 0; i < hashBytes.Length; i++)
        {
            var b = hashBytes[i];
            diff |= hex[2 * i] ^ LowerHex[b >> 4];
            diff |= hex[(2 * i) + 1] ^ LowerHex[b & 0xF];
        }

        return diff == 0;
    }

    /// <summary><c>algorithm:hex</c>; the empty string for <c>default</c>.</summary>
    public override string ToString() => _value ?? "";

    private static ReadOnlySpan<char> LowerHex => "0123456789abcdef";

    private static bool TryGetAlgorithm(ReadOnlySpan<char> s, out string algorithm)
    {
        algorithm = "";
        int hexLength;
        if (s.StartsWith("sha256:", StringComparison.Ordinal))
        {
            algorithm = Sha256;
            hexLength = 64;
        }
        else if (s.StartsWith("sha512:", StringComparison.Ordinal))
        {
            algorithm = Sha512;
            hexLength = 128;
        }
        else
        {
            return false;
        }

        var hex = s[(algorithm.Length + 1)..];
        return hex.Length == hexLength && !hex.ContainsAnyExcept(ReferenceGrammar.LowerHex);
    }
}
