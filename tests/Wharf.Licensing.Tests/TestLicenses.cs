namespace Wharf.Licensing.Tests;

/// <summary>Specs, keys and documents shared by the license tests.</summary>
internal static class TestLicenses
{
    public static readonly DateTimeOffset Expiry = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>One key for the whole run: generating is cheap, but sharing keeps failures comparable.</summary>
    public static LicenseSigningKey Key { get; } = LicenseSigningKey.Generate();

    public static LicenseSpec Full() => new()
    {
        LicenseId = "2BqXf1wY3nKc8LmP0aZr7TgHsQe",
        AppSlug = "my-app",
        CustomerName = "Acme Corp",
        Endpoint = "https://wharf.example.com",
        ProxyRegistryDomain = "proxy.example.com",
        RegistryDomain = "registry.example.com",
        ExpiresAt = Expiry,
    };

    public static LicenseSpec Minimal() => new()
    {
        LicenseId = "2BqXf1wY3nKc8LmP0aZr7TgHsQe",
        AppSlug = "my-app",
        CustomerName = "Acme Corp",
    };

    public static string SignedFull() => LicenseDocument.Sign(Full(), Key);

    public static string TestData(params string[] parts) =>
        File.ReadAllText(Path.Combine([AppContext.BaseDirectory, "testdata", .. parts]));

    /// <summary>The value of the <c>signature:</c> line of a document written by <see cref="LicenseDocument.Sign"/>.</summary>
    public static string SignatureOf(string yaml) =>
        yaml.Split('\n').Single(l => l.StartsWith("  signature: ", StringComparison.Ordinal))["  signature: ".Length..];

    /// <summary>A document with only <c>apiVersion</c>, <c>kind</c> and the given <c>spec</c> body lines (indented by 2).</summary>
    public static string WithSpec(string specBody) =>
        "apiVersion: kots.io/v1beta1\nkind: License\nspec:\n" + specBody;
}
