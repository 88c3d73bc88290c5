using Wharf.Oci;

namespace Wharf.Kots.Tests.Support;

/// <summary>The installations the tests render in: proxy mode and local-registry mode.</summary>
internal static class Contexts
{
    public const string LicenseId = "2BqXf1wY3nKc8LmP0aZr7TgHsQe";

    /// <summary>base64("LICENSE_ID:2BqXf1wY3nKc8LmP0aZr7TgHsQe"), computed outside .NET (coreutils base64).</summary>
    public const string LicenseAuth = "TElDRU5TRV9JRDoyQnFYZjF3WTNuS2M4TG1QMGFacjdUZ0hzUWU=";

    /// <summary>Docker Hub official images are public in these tests; everything else is private.</summary>
    public static bool OfficialImagesArePublic(ImageReference image) =>
        image.IsDockerHub && image.Repository.StartsWith("library/", StringComparison.Ordinal);

    public static KotsContext Proxy(string? registryHost = "registry.example.com") => new()
    {
        AppSlug = "my-app",
        LicenseId = LicenseId,
        Namespace = "acme",
        ProxyHost = "proxy.example.com",
        RegistryHost = registryHost,
        IsPublicImage = OfficialImagesArePublic,
        LicenseFields = new Dictionary<string, string>
        {
            ["appSlug"] = "my-app",
            ["customerName"] = "Acme Corp",
            ["seats"] = "25",
        },
        ConfigValues = new Dictionary<string, ConfigValue>
        {
            ["postgres_type"] = new("embedded_postgres"),
            ["hostname"] = new(null, Default: "app.example.com"),
            ["replicas"] = new("3"),
            ["tls_cert"] = new("LS0tLS1CRUdJTgpjZXJ0Ci0tLS0tRU5ECg==", Filename: "tls.crt"),
        },
    };

    public static KotsContext Local(string? ns = "my-app") => Proxy() with
    {
        LocalRegistry = new LocalRegistry { Host = "registry.somebigbank.com", Namespace = ns, Username = "admin", Password = "s3cret" },
    };
}
