namespace Wharf.Installer.Tests.Support;

/// <summary>The license fields of a golden case (signed into license.yaml).</summary>
public sealed class CaseLicense
{
    public string AppSlug { get; set; } = "my-app";

    public string? ProxyRegistryDomain { get; set; }

    public string? RegistryDomain { get; set; }

    public string? Endpoint { get; set; }
}
