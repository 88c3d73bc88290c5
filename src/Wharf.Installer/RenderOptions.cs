namespace Wharf.Installer;

/// <summary>What <c>wharf render</c> is asked to do (SPEC §3.1, §5).</summary>
public sealed record RenderOptions
{
    /// <summary>The release directory (manifests, KOTS custom resources, chart archives).</summary>
    public required string ReleaseDirectory { get; init; }

    /// <summary>The signed license YAML.</summary>
    public required string LicenseFile { get; init; }

    /// <summary>The output directory; replaced only when the new tree is complete.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The vendor's public key PEM; when null, <c>license-key.pem</c> at the release root (else the render refuses).</summary>
    public string? LicenseKeyFile { get; init; }

    /// <summary>The app namespace: the pull secret's namespace and Helm's <c>--namespace</c>; null leaves
    /// the secret without a namespace (it lands where the manifests are applied) and Helm on <c>default</c>.</summary>
    public string? Namespace { get; init; }

    /// <summary>Overrides the proxy domain (else the license's, the Application's, the license endpoint's host).</summary>
    public string? ProxyDomain { get; init; }

    /// <summary>Overrides the registry domain (else the license's, the Application's <c>replicatedRegistryDomain</c>).</summary>
    public string? RegistryDomain { get; init; }

    /// <summary>Images to treat as private without probing: a reference with a tag or digest matches that
    /// image only, one without matches every tag and digest of that repository.</summary>
    public IReadOnlyList<string> PrivateImages { get; init; } = [];

    /// <summary>How many images are probed at once (default 10).</summary>
    public int ProbeConcurrency { get; init; } = 10;

    /// <summary>Deadline for probing one image (default 10 s).</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A <c>kots.io/v1beta1</c> ConfigValues file for <c>ConfigOption</c> and friends, or null.</summary>
    public string? ConfigValuesFile { get; init; }

    /// <summary><c>HOST[:PORT][/NAMESPACE]</c> of a local registry every image was pushed to, or null (SPEC §3.1, §3.5).</summary>
    public string? LocalRegistry { get; init; }

    /// <summary>The local registry's user name (with <see cref="LocalRegistryPassword"/>), or null for an anonymous one.</summary>
    public string? LocalRegistryUsername { get; init; }

    /// <summary>The local registry's password; it goes into the pull secret and nowhere else.</summary>
    public string? LocalRegistryPassword { get; init; }

    /// <summary>The PATH searched for <c>helm</c>; null uses the process's PATH.</summary>
    public string? ToolSearchPath { get; init; }

    /// <summary>Deadline for one <c>helm template</c> run (default 2 minutes).</summary>
    public TimeSpan HelmTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
