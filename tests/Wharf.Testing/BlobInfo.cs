namespace Wharf.Testing;

/// <summary>A content descriptor: media type, <c>sha256:HEX</c> digest and size in bytes.</summary>
/// <param name="MediaType">Media type as the referring manifest states it.</param>
/// <param name="Digest">sha256 digest of the exact bytes.</param>
/// <param name="Size">Size in bytes.</param>
public sealed record BlobInfo(string MediaType, string Digest, long Size);
