namespace Wharf.Kots;

/// <summary>
/// The files and flags an installation context is built from (SPEC §5: <c>render</c>'s context flags,
/// shared by <c>wharf template</c> and <c>wharf webhook</c>). Paths are read by <see cref="KotsContextLoader"/>.
/// </summary>
public sealed record KotsContextSettings
{
    /// <summary><c>--license</c>: the customer's signed license YAML.</summary>
    public required string LicenseFile { get; init; }

    /// <summary><c>--license-key</c>: the vendor's public key PEM; without it the license is refused.</summary>
    public string? LicenseKeyFile { get; init; }

    /// <summary><c>--namespace</c>: the app namespace.</summary>
    public string? Namespace { get; init; }

    /// <summary><c>--proxy-domain</c>; default: the license's <c>proxyRegistryDomain</c>, else its endpoint's host.</summary>
    public string? ProxyDomain { get; init; }

    /// <summary><c>--registry-domain</c>; default: the license's <c>registryDomain</c>.</summary>
    public string? RegistryDomain { get; init; }

    /// <summary><c>--config-values</c>: a kots.io/v1beta1 ConfigValues file.</summary>
    public string? ConfigValuesFile { get; init; }

    /// <summary><c>--local-registry HOST[/NAMESPACE]</c>.</summary>
    public string? LocalRegistry { get; init; }

    /// <summary><c>--local-registry-username</c>.</summary>
    public string? LocalRegistryUsername { get; init; }

    /// <summary>The local registry password (read from stdin by the CLI, never a flag value).</summary>
    public string? LocalRegistryPassword { get; init; }

    /// <summary><c>--private-image</c>: when given, exactly these images are private (a name without tag matches every tag).</summary>
    public IReadOnlyList<string> PrivateImages { get; init; } = [];

    /// <summary><c>--all-private</c>: every image not on the proxy or registry domain is private (also the default).</summary>
    public bool AllPrivate { get; init; }

    /// <summary>The clock that decides whether the license has expired.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
