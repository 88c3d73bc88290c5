using Wharf.Licensing;
using Wharf.Testing;

namespace Wharf.Kots.Tests.Support;

/// <summary>A vendor key made for this test run, and licenses signed with it written to a temp directory.</summary>
internal sealed class TestLicenses : IDisposable
{
    private static readonly LicenseSigningKey Signing = LicenseSigningKey.Generate();
    private readonly TempDirectory directory = TempDirectory.Create("wharf-kots-");

    public TestLicenses(LicenseSpec? spec = null)
    {
        KeyFile = Write("license-key.pem", Signing.ExportPublicKeyPem());
        LicenseFile = Write("license.yaml", LicenseDocument.Sign(spec ?? Spec(), Signing));
    }

    public string Root => directory.Path;

    public string KeyFile { get; }

    public string LicenseFile { get; }

    public static LicenseSpec Spec(string? proxy = "proxy.example.com", string? registry = null, string? endpoint = null, DateTimeOffset? expires = null) => new()
    {
        LicenseId = Contexts.LicenseId,
        AppSlug = "my-app",
        CustomerName = "Acme Corp",
        ProxyRegistryDomain = proxy,
        RegistryDomain = registry,
        Endpoint = endpoint,
        ExpiresAt = expires,
    };

    /// <summary>A license signed by another vendor's key.</summary>
    public string WriteForged() => Write("forged.yaml", LicenseDocument.Sign(Spec(), LicenseSigningKey.Generate()));

    public string Write(string name, string text)
    {
        var path = Path.Combine(directory.Path, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => directory.Dispose();
}
