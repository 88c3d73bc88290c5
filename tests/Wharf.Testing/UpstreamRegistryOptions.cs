namespace Wharf.Testing;

/// <summary>How <see cref="UpstreamRegistry.StartAsync"/> configures the registry.</summary>
public sealed record UpstreamRegistryOptions
{
    /// <summary>When false the <c>auth</c> section is omitted and the registry is anonymous (pull and push).</summary>
    public bool RequireAuth { get; init; } = true;

    /// <summary>htpasswd user name.</summary>
    public string Username { get; init; } = "vendor";

    /// <summary>htpasswd password; a random one when null.</summary>
    public string? Password { get; init; }

    /// <summary>How long to wait for <c>GET /v2/</c> to answer.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
