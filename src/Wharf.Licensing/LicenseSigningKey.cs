using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Wharf.Licensing;

/// <summary>
/// The vendor's private key that signs licenses (SPEC §2.5): ECDSA over NIST P-256, stored as an
/// unencrypted PKCS#8 PEM (<c>-----BEGIN PRIVATE KEY-----</c>). Use it for licenses only: a key that
/// also signed other data could be made to vouch for bytes that parse as a license.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class LicenseSigningKey
{
    private readonly byte[] pkcs8;

    private LicenseSigningKey(byte[] pkcs8, byte[] spki)
    {
        this.pkcs8 = pkcs8;
        PublicKey = LicensePublicKey.FromSubjectPublicKeyInfo(spki);
    }

    /// <summary>The matching public key, to publish and to verify with.</summary>
    public LicensePublicKey PublicKey { get; }

    /// <summary>Generates a new random P-256 key.</summary>
    public static LicenseSigningKey Generate()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new LicenseSigningKey(ecdsa.ExportPkcs8PrivateKey(), ecdsa.ExportSubjectPublicKeyInfo());
    }

    /// <summary>Reads a private key PEM: PKCS#8 (<c>PRIVATE KEY</c>, as <see cref="ExportPrivateKeyPem"/> writes)
    /// or SEC 1 (<c>EC PRIVATE KEY</c>, as <c>openssl ecparam -genkey</c> writes).</summary>
    /// <param name="pem">The PEM text; the first PEM block is used.</param>
    /// <exception cref="FormatException">The text is not a P-256 private key; the message says why in one line.</exception>
    public static LicenseSigningKey FromPrivateKeyPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        return TryFromPrivateKeyPem(pem, out var key, out var error) ? key : throw new FormatException(error);
    }

    /// <summary>Reads a private key PEM, reporting a bad one as a value.</summary>
    /// <param name="pem">The PEM text; the first PEM block is used.</param>
    /// <param name="key">The key, when the PEM is good.</param>
    /// <param name="error">A one-line message, when it is not.</param>
    public static bool TryFromPrivateKeyPem(string? pem, [NotNullWhen(true)] out LicenseSigningKey? key, [NotNullWhen(false)] out string? error)
    {
        var read = EcdsaP256Pem.ReadPrivate(pem ?? string.Empty);
        if (!read.IsOk)
        {
            key = null;
            error = read.Error;
            return false;
        }

        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(read.Value, out _);
        key = new LicenseSigningKey(read.Value, ecdsa.ExportSubjectPublicKeyInfo());
        error = null;
        return true;
    }

    /// <summary>Writes the private key as an unencrypted PKCS#8 PEM (ending with a newline). Keep it secret.</summary>
    public string ExportPrivateKeyPem() => EcdsaP256Pem.WritePrivate(pkcs8);

    /// <summary>Writes the public key as a <c>-----BEGIN PUBLIC KEY-----</c> PEM; same as <c>PublicKey.ExportPem()</c>.</summary>
    public string ExportPublicKeyPem() => PublicKey.ExportPem();

    /// <inheritdoc/>
    public override string ToString() => "license signing key for " + PublicKey.Fingerprint;

    /// <summary>Signs with ECDSA P-256/SHA-256; the signature is IEEE P1363 (r‖s, 64 bytes) and randomized.</summary>
    internal byte[] Sign(ReadOnlySpan<byte> data)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
        return ecdsa.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
