namespace Wharf.Licensing;

/// <summary>
/// Argument checks before signing: a vendor must not be able to issue a license that installers
/// would misread or that carries a weak credential.
/// </summary>
internal static class SpecValidator
{
    public static void ThrowIfInvalid(LicenseSpec spec)
    {
        if (!LicenseId.IsWellFormed(spec.LicenseId))
        {
            throw new ArgumentException(
                $"license ID must be {LicenseId.MinLength} to {LicenseId.MaxLength} ASCII letters and digits (use LicenseId.New())", nameof(spec));
        }

        // SPEC §1: an app slug is lower-case letters, digits and '-'.
        if (string.IsNullOrEmpty(spec.AppSlug) || !spec.AppSlug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException("app slug must be lower-case letters, digits and '-'", nameof(spec));
        }

        if (string.IsNullOrWhiteSpace(spec.CustomerName))
        {
            throw new ArgumentException("customer name must not be empty", nameof(spec));
        }

        if (spec.Endpoint is not null
            && !(Uri.TryCreate(spec.Endpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"))
        {
            throw new ArgumentException("endpoint must be an absolute http or https URL", nameof(spec));
        }

        if (IsBadHost(spec.ProxyRegistryDomain) || IsBadHost(spec.RegistryDomain))
        {
            throw new ArgumentException("registry domains must be host names (optionally with :port), without scheme or path", nameof(spec));
        }
    }

    // A host, optionally with a port; no scheme or path, since installers prefix image names with it.
    private static bool IsBadHost(string? host) =>
        host is not null && (host.Length == 0 || host.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '/' or '@' or '#' or '?'));
}
