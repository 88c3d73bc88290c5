namespace Wharf.Testing;

/// <summary>Manifest format skopeo writes at the destination (<c>--format</c>).</summary>
public enum ManifestFormat
{
    /// <summary>Keep the source's format (no <c>--format</c>).</summary>
    Source,

    /// <summary>Docker v2 schema 2 (<c>--format v2s2</c>): skopeo converts the manifest, so its digest changes.</summary>
    V2s2,

    /// <summary>OCI (<c>--format oci</c>).</summary>
    Oci,
}
