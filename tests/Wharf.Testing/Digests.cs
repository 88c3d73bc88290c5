using System.Security.Cryptography;

namespace Wharf.Testing;

/// <summary>sha256 digests in the OCI <c>sha256:HEX</c> form, computed directly (no Wharf code under test).</summary>
public static class Digests
{
    /// <summary>Digest of <paramref name="bytes"/>.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Format(SHA256.HashData(bytes));

    /// <summary>Digest of a file's contents, streamed.</summary>
    public static string Sha256OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Format(SHA256.HashData(stream));
    }

    /// <summary>The hex part of <c>sha256:HEX</c> (the file name used by OCI layouts and skopeo's <c>dir:</c>).</summary>
    public static string Hex(string digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        const string prefix = "sha256:";
        if (!digest.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Not a sha256 digest: {digest}", nameof(digest));
        }

        return digest[prefix.Length..];
    }

    internal static string Format(ReadOnlySpan<byte> hash) => "sha256:" + Convert.ToHexStringLower(hash);
}
