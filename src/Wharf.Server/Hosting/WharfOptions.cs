namespace Wharf.Server.Hosting;

/// <summary>
/// Server settings, bound from configuration the usual ASP.NET way: <c>wharf.json</c> in the data directory,
/// then <c>WHARF_*</c> environment variables (<c>WHARF_PROXYDOMAIN</c>), then command-line flags (SPEC §5).
/// </summary>
public sealed class WharfOptions
{
    /// <summary>Data directory: SQLite database, cache, keys, the first vendor's API token.</summary>
    public string Data { get; set; } = "wharf-data";

    /// <summary>
    /// Metadata store (SPEC §2.6): unset for SQLite in the data directory; a <c>postgres://</c> URI or an Npgsql
    /// connection string for the PostgreSQL store that several replicas share. Holds a password: never log it.
    /// </summary>
    public string? Store { get; set; }

    /// <summary>Listen address; loopback by default, port 0 picks a free port (tests).</summary>
    public string Listen { get; set; } = "127.0.0.1:5080";

    /// <summary>The default proxy host; defaults to the listen address.</summary>
    public string? ProxyDomain { get; set; }

    /// <summary>The vendor registry host written into licenses and pull secrets (optional).</summary>
    public string? RegistryDomain { get; set; }

    public string? TlsCert { get; set; }

    public string? TlsKey { get; set; }

    /// <summary>Base64 HMAC key shared by replicas for registry tokens; generated into the data directory when unset.</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>Base64 AES key for secrets at rest, shared by replicas; generated into the data directory when unset.</summary>
    public string? SecretsKey { get; set; }

    /// <summary>Honour X-Forwarded-Host/-Proto from a TLS-terminating load balancer (SPEC §2.2). Off by default.</summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>Size bound of the blob cache, in MiB; least recently used blobs are evicted beyond it (SPEC §2.4).</summary>
    public long CacheMaxMegabytes { get; set; } = 10 * 1024;

    /// <summary>How long a cached tag is served before it is revalidated with an upstream HEAD.</summary>
    public int TagTtlSeconds { get; set; } = 60;

    /// <summary>Upper bound for one blob fill, independent of any client connection.</summary>
    public int FillTimeoutSeconds { get; set; } = 3600;

    /// <summary>Registry token lifetime: minutes, not hours (SPEC §2.2).</summary>
    public int TokenLifetimeSeconds { get; set; } = 300;
}
