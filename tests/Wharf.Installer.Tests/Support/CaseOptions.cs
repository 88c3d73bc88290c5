namespace Wharf.Installer.Tests.Support;

/// <summary>The render options of a golden case.</summary>
public sealed class CaseOptions
{
    public string? Namespace { get; set; }

    public string? ProxyDomain { get; set; }

    public string? RegistryDomain { get; set; }

    public List<string> PrivateImages { get; set; } = [];

    /// <summary>A ConfigValues file in the case directory (<c>--config-values</c>).</summary>
    public string? ConfigValues { get; set; }

    /// <summary><c>--local-registry HOST[/NAMESPACE]</c>.</summary>
    public string? LocalRegistry { get; set; }

    public string? LocalRegistryUsername { get; set; }

    public string? LocalRegistryPassword { get; set; }

    /// <summary>When true the key is taken from license-key.pem in the release, not passed as a flag.</summary>
    public bool KeyFromRelease { get; set; }
}
