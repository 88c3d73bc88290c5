using System.Security.Cryptography;
using Wharf.Licensing;
using Wharf.Storage;
using Wharf.Storage.Model;
using Wharf.Storage.Secrets;

namespace Wharf.Server.Admin;

/// <summary>Creates vendors: a license-signing key (encrypted at rest) and a first API token.</summary>
internal sealed class VendorProvisioner(IVendorStore vendors, SecretProtector secrets)
{
    /// <summary>The new vendor and its first API token, or null when the name is taken.</summary>
    public async Task<(Vendor Vendor, string Token)?> CreateAsync(string name, bool isInstanceAdmin, CancellationToken ct)
    {
        var key = LicenseSigningKey.Generate();
        var token = "wharf_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)).Replace('+', '-').Replace('/', '_');
        return await vendors.CreateVendorAsync(name, isInstanceAdmin, secrets.Protect(key.ExportPrivateKeyPem()), VendorAuthFilter.Hash(token), ct) is { } vendor
            ? (vendor, token)
            : null;
    }

    /// <summary>The vendor's signing key, decrypted for the moment it is needed.</summary>
    public async Task<LicenseSigningKey> SigningKeyAsync(long vendorId, CancellationToken ct) =>
        LicenseSigningKey.FromPrivateKeyPem(secrets.Unprotect(await vendors.GetEncryptedSigningKeyAsync(vendorId, ct)));
}
