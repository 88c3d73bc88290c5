using Wharf.Licensing;

namespace Wharf.Installer.Tests.Support;

/// <summary>The fixed test keys of testdata/keys and licenses signed with them.</summary>
internal static class TestKeys
{
    public static string KeysDirectory => Path.Combine(AppContext.BaseDirectory, "testdata", "keys");

    public static string PublicKeyFile => Path.Combine(KeysDirectory, "public-key.pem");

    public static LicenseSigningKey Signing { get; } = LicenseSigningKey.FromPrivateKeyPem(File.ReadAllText(Path.Combine(KeysDirectory, "signing-key.pem")));

    public static LicenseSigningKey Other { get; } = LicenseSigningKey.FromPrivateKeyPem(File.ReadAllText(Path.Combine(KeysDirectory, "other-signing-key.pem")));

    public static LicenseSpec Spec(string appSlug = "my-app", string? proxy = "proxy.example.com", string? registry = null, string? endpoint = null, DateTimeOffset? expires = null) => new()
    {
        LicenseId = "2BqXf1wY3nKc8LmP0aZr7TgHsQe",
        AppSlug = appSlug,
        CustomerName = "Acme Corp",
        ProxyRegistryDomain = proxy,
        RegistryDomain = registry,
        Endpoint = endpoint,
        ExpiresAt = expires,
    };

    /// <summary>Signs <paramref name="spec"/> with the golden key (or <paramref name="key"/>) into <paramref name="path"/>.</summary>
    public static string WriteLicense(string path, LicenseSpec spec, LicenseSigningKey? key = null)
    {
        File.WriteAllText(path, LicenseDocument.Sign(spec, key ?? Signing));
        return path;
    }
}
