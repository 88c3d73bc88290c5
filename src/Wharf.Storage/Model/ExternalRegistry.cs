namespace Wharf.Storage.Model;

/// <summary>
/// A vendor registry linked to an app with read-only credentials (SPEC §2.3). <see cref="Host"/> is the
/// authority as clients name it (<c>quay.io</c>, <c>127.0.0.1:5001</c>); <see cref="PlainHttp"/> is only for
/// self-hosted registries without TLS. The password is kept encrypted; it is decrypted only to talk upstream.
/// </summary>
public sealed record ExternalRegistry(
    long Id,
    long AppId,
    string Host,
    string? Slug,
    bool PlainHttp,
    string? Username,
    byte[]? EncryptedPassword,
    DateTimeOffset CreatedAt)
{
    /// <summary>True when the vendor linked the registry explicitly without credentials.</summary>
    public bool IsAnonymous => Username is null;
}
