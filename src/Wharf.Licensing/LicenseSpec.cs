using System.Text;

namespace Wharf.Licensing;

/// <summary>
/// What a license says (SPEC §1, §2.5): who the customer is, which app it unlocks and until when.
/// This is the typed view of the <c>spec</c> of a KOTS-shaped license document; sign it with
/// <see cref="LicenseDocument.Sign"/> and read it back with <see cref="LicenseDocument.Verify"/>.
/// </summary>
/// <remarks>
/// <see cref="LicenseId"/> is the customer's registry credential, so <see cref="ToString"/> redacts it.
/// </remarks>
public sealed record LicenseSpec
{
    /// <summary>The license ID (<c>spec.licenseID</c>): opaque, the customer's credential; see <see cref="Licensing.LicenseId.New"/>.</summary>
    public required string LicenseId { get; init; }

    /// <summary>The slug of the app the license unlocks (<c>spec.appSlug</c>), e.g. <c>my-app</c>.</summary>
    public required string AppSlug { get; init; }

    /// <summary>The customer's display name (<c>spec.customerName</c>), e.g. <c>Acme Corp</c>.</summary>
    public required string CustomerName { get; init; }

    /// <summary>The URL of the Wharf server that issued the license (<c>spec.endpoint</c>), or <see langword="null"/>.</summary>
    public string? Endpoint { get; init; }

    /// <summary>The proxy registry host installers rewrite images to (<c>spec.proxyRegistryDomain</c>),
    /// set when a custom domain is the default; <see langword="null"/> means the installer's default.</summary>
    public string? ProxyRegistryDomain { get; init; }

    /// <summary>The vendor registry host (<c>spec.registryDomain</c>), or <see langword="null"/>.</summary>
    public string? RegistryDomain { get; init; }

    /// <summary>
    /// When the license stops working (<c>spec.entitlements.expires_at</c>), or <see langword="null"/> for never.
    /// Stored in UTC with at most 100 ns precision.
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>
    /// The document's <c>metadata.name</c>, derived from <see cref="CustomerName"/>: a lower-case slug
    /// (<c>"Acme Corp"</c> → <c>"acme-corp"</c>), at most 63 characters, <c>"license"</c> when nothing is left.
    /// It is derived rather than stored because <c>metadata</c> is not covered by the signature.
    /// </summary>
    public string Name => LicenseName.FromCustomerName(CustomerName);

    /// <summary>Whether the license has expired at <paramref name="now"/> (expiry instant included).</summary>
    /// <param name="now">The current time, from the caller's <see cref="TimeProvider"/>.</param>
    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expiresAt && now >= expiresAt;

    // The generated ToString would print the license ID, which is a credential (SPEC §2.3: secrets never reach logs).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("LicenseId = ***, AppSlug = ").Append(AppSlug)
            .Append(", CustomerName = ").Append(CustomerName)
            .Append(", Endpoint = ").Append(Endpoint)
            .Append(", ProxyRegistryDomain = ").Append(ProxyRegistryDomain)
            .Append(", RegistryDomain = ").Append(RegistryDomain)
            .Append(", ExpiresAt = ").Append(ExpiresAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
