using System.Diagnostics.CodeAnalysis;
using System.Text;
using Wharf.Oci;

namespace Wharf.Kots;

/// <summary>
/// A registry in the customer's environment that images were pushed to (SPEC §3.5 local-registry mode,
/// <c>--local-registry HOST[/NAMESPACE]</c>): images are then named <c>HOST/NAMESPACE/NAME:TAG</c> and the
/// pull secret holds this registry's own credentials.
/// </summary>
public sealed record LocalRegistry
{
    /// <summary><c>host</c> or <c>host:port</c>.</summary>
    public required string Host { get; init; }

    /// <summary>The path between host and image name (<c>my-app</c>, <c>team/apps</c>), or <see langword="null"/>.</summary>
    public string? Namespace { get; init; }

    /// <summary>User name for the pull secret, or <see langword="null"/> for an anonymous registry.</summary>
    public string? Username { get; init; }

    /// <summary>Password for the pull secret; never printed by <see cref="ToString"/>.</summary>
    public string? Password { get; init; }

    /// <summary><c>host</c> or <c>host/namespace</c>: everything before the image name (KOTS <c>LocalRegistryAddress</c>).</summary>
    public string Address => Namespace is null ? Host : Host + "/" + Namespace;

    /// <summary>Parses <c>HOST[/NAMESPACE]</c>; the host must be a registry host (optionally with a port).</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out LocalRegistry? registry, [NotNullWhen(false)] out string? error)
    {
        registry = null;
        var text = value?.Trim().TrimEnd('/') ?? string.Empty;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? text : text[..slash];
        var ns = slash < 0 ? null : text[(slash + 1)..];
        if (!RegistryHosts.TryParse(host, out _, out _))
        {
            error = $"local registry '{value}' must be HOST[:PORT][/NAMESPACE]";
            return false;
        }

        if (ns is not null && !ImageReference.IsValidRepositoryName(ns))
        {
            error = $"local registry namespace '{ns}' is not a valid repository path (lower-case letters, digits, '.', '_', '-' and '/')";
            return false;
        }

        registry = new LocalRegistry { Host = host, Namespace = ns };
        error = null;
        return true;
    }

    // The password is a credential (SPEC §2.3: secrets never reach logs).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Host = ").Append(Host)
            .Append(", Namespace = ").Append(Namespace)
            .Append(", Username = ").Append(Username)
            .Append(", Password = ").Append(Password is null ? null : "***");
        return true;
    }
}
