namespace Wharf.Licensing;

/// <summary>
/// Field names of the KOTS-shaped license document (SPEC §2.5). They are spelled exactly as
/// KOTS spells them, because existing tooling reads these documents.
/// </summary>
internal static class LicenseFields
{
    public const string ApiVersion = "apiVersion";
    public const string Kind = "kind";
    public const string Metadata = "metadata";
    public const string Name = "name";
    public const string Spec = "spec";
    public const string LicenseId = "licenseID";
    public const string AppSlug = "appSlug";
    public const string CustomerName = "customerName";
    public const string Endpoint = "endpoint";
    public const string ProxyRegistryDomain = "proxyRegistryDomain";
    public const string RegistryDomain = "registryDomain";
    public const string Entitlements = "entitlements";
    public const string ExpiresAt = "expires_at";
    public const string Title = "title";
    public const string Value = "value";
    public const string ValueType = "valueType";
    public const string Signature = "signature";

    public const string ApiVersionValue = "kots.io/v1beta1";
    public const string KindValue = "License";
    public const string ExpiresAtTitle = "Expiration";
    public const string StringValueType = "String";
}
