namespace Wharf.Server.Auth;

/// <summary>The claims of a registry token Wharf issued: whose license, for which host, which repositories, until when.</summary>
internal sealed record RegistryToken(string LicenseId, string Service, IReadOnlyList<string> Repositories, DateTimeOffset ExpiresAt)
{
    public bool Grants(string repository) => Repositories.Contains(repository, StringComparer.Ordinal);
}
