using System.Diagnostics.CodeAnalysis;

namespace Wharf.Oci;

/// <summary>The reference of a manifest request: a tag or a digest.</summary>
public readonly record struct ManifestReference
{
    private ManifestReference(string? tag, Digest? digest)
    {
        Tag = tag;
        Digest = digest;
    }

    /// <summary>True when the reference is a digest.</summary>
    [MemberNotNullWhen(true, nameof(Digest))]
    [MemberNotNullWhen(false, nameof(Tag))]
    public bool IsDigest => Digest is not null;

    /// <summary>The tag, when the reference is one.</summary>
    public string? Tag { get; }

    /// <summary>The digest, when the reference is one.</summary>
    public Digest? Digest { get; }

    /// <summary>
    /// Parses a tag or digest. A reference containing ':' is read as a digest (a tag cannot contain ':')
    /// and fails with <c>DIGEST_INVALID</c>; anything else must be a valid tag or fails with <c>TAG_INVALID</c>.
    /// </summary>
    public static bool TryParse(string? reference, out ManifestReference r, [NotNullWhen(false)] out OciError? error)
    {
        r = default;
        error = null;
        if (reference is not null && reference.Contains(':', StringComparison.Ordinal))
        {
            if (Oci.Digest.TryParse(reference, out var digest))
            {
                r = new ManifestReference(null, digest);
                return true;
            }

            error = new OciError(OciErrorCode.DigestInvalid, $"invalid digest '{reference}' (expected sha256:<64 lower-case hex> or sha512:<128 lower-case hex>)");
            return false;
        }

        if (ReferenceGrammar.IsTag(reference))
        {
            r = new ManifestReference(reference, null);
            return true;
        }

        error = new OciError(OciErrorCode.TagInvalid, $"invalid tag '{reference}' (allowed: [A-Za-z0-9_][A-Za-z0-9._-], at most 128 characters)");
        return false;
    }

    /// <summary>The tag or the digest string.</summary>
    public override string ToString() => Tag ?? Digest?.ToString() ?? "";
}
