namespace Wharf.Oci;

/// <summary>
/// The endpoint, repository name and reference of a distribution request path (after <c>/v2/</c>).
/// Parsed from the right: names may themselves contain <c>manifests</c> or <c>blobs</c> components,
/// so only the trailing segments decide. Neither the name nor the reference is validated here:
/// callers validate with <see cref="ProxyRepository"/>, <see cref="Oci.Digest"/> and
/// <see cref="ManifestReference"/> so they can answer the precise OCI error.
/// </summary>
public readonly record struct DistributionRoute
{
    private DistributionRoute(DistributionRouteKind kind, string repository, string? reference)
    {
        Kind = kind;
        Repository = repository;
        Reference = reference;
    }

    /// <summary>The endpoint.</summary>
    public DistributionRouteKind Kind { get; }

    /// <summary>The repository name (<c>proxy/my-app/quay.io/org/api</c>).</summary>
    public string Repository { get; }

    /// <summary>
    /// The tag or digest (manifests), digest (blobs, referrers), upload id (uploads; null for a new upload),
    /// or null (tags list).
    /// </summary>
    public string? Reference { get; }

    /// <summary>
    /// Parses <paramref name="pathAfterV2"/> (no leading '/', no query string). False when it is no
    /// distribution endpoint or the name or reference is empty.
    /// </summary>
    public static bool TryParse(string? pathAfterV2, out DistributionRoute route)
    {
        route = default;
        if (string.IsNullOrEmpty(pathAfterV2))
        {
            return false;
        }

        var path = pathAfterV2.AsSpan();
        var last = path.LastIndexOf('/');
        if (last <= 0)
        {
            return false;
        }

        var reference = path[(last + 1)..];
        var head = path[..last];
        var second = head.LastIndexOf('/');
        if (second <= 0)
        {
            return false;
        }

        var keyword = head[(second + 1)..];
        var name = head[..second];
        DistributionRouteKind kind;
        switch (keyword)
        {
            case "manifests":
                kind = DistributionRouteKind.Manifest;
                break;
            case "blobs":
                kind = DistributionRouteKind.Blob;
                break;
            case "referrers":
                kind = DistributionRouteKind.Referrers;
                break;
            case "tags" when reference.SequenceEqual("list"):
                route = new DistributionRoute(DistributionRouteKind.TagsList, name.ToString(), null);
                return true;
            case "uploads" when name.EndsWith("/blobs") && name.Length > "/blobs".Length:
                route = new DistributionRoute(
                    DistributionRouteKind.BlobUpload,
                    name[..^"/blobs".Length].ToString(),
                    reference.IsEmpty ? null : reference.ToString());
                return true;
            default:
                return false;
        }

        if (reference.IsEmpty)
        {
            return false;
        }

        route = new DistributionRoute(kind, name.ToString(), reference.ToString());
        return true;
    }

    /// <summary><c>name/kind/reference</c>, for logs.</summary>
    public override string ToString() => Kind switch
    {
        DistributionRouteKind.TagsList => $"{Repository}/tags/list",
        DistributionRouteKind.BlobUpload => $"{Repository}/blobs/uploads/{Reference}",
        DistributionRouteKind.Manifest => $"{Repository}/manifests/{Reference}",
        DistributionRouteKind.Blob => $"{Repository}/blobs/{Reference}",
        _ => $"{Repository}/referrers/{Reference}",
    };
}
