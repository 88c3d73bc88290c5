namespace Wharf.Oci;

/// <summary>The distribution API endpoint a <c>/v2/</c> path addresses.</summary>
public enum DistributionRouteKind
{
    /// <summary><c>/v2/&lt;name&gt;/manifests/&lt;reference&gt;</c></summary>
    Manifest,

    /// <summary><c>/v2/&lt;name&gt;/blobs/&lt;digest&gt;</c></summary>
    Blob,

    /// <summary><c>/v2/&lt;name&gt;/tags/list</c></summary>
    TagsList,

    /// <summary><c>/v2/&lt;name&gt;/referrers/&lt;digest&gt;</c></summary>
    Referrers,

    /// <summary><c>/v2/&lt;name&gt;/blobs/uploads/[&lt;id&gt;]</c>: push side, which Wharf refuses (SPEC §2.1).</summary>
    BlobUpload,
}
