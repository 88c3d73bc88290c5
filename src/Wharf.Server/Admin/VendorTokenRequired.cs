namespace Wharf.Server.Admin;

/// <summary>
/// Endpoint metadata: the endpoint answers only with a vendor API token. <see cref="VendorTokenConventions"/> puts it next to
/// the <see cref="VendorAuthFilter"/> (filters are not metadata), so the OpenAPI document can mark exactly those operations.
/// </summary>
internal sealed class VendorTokenRequired
{
    public static readonly VendorTokenRequired Instance = new();

    private VendorTokenRequired()
    {
    }
}
