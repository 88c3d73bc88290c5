namespace Wharf.Storage.Model;

/// <summary>
/// Bytes of manifests and blobs sent to one customer and/or for one image. <c>LicenseId</c> and
/// <c>CustomerName</c> are null when not grouped by customer, <c>Image</c> when not grouped by image.
/// <c>Pulls</c> counts manifest GETs answered 2xx, <c>Blobs</c> blob GETs answered 2xx.
/// </summary>
public sealed record EgressRow(
    string AppSlug,
    string? LicenseId,
    string? CustomerName,
    string? Image,
    long Bytes,
    long Pulls,
    long Blobs);
