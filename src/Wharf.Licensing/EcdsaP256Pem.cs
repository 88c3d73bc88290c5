using System.Security.Cryptography;

namespace Wharf.Licensing;

/// <summary>
/// Reads and writes the PEM forms of the vendor's license key (SPEC §2.5): ECDSA over NIST P-256.
/// Every failure is a one-line message naming what was wrong, because these PEMs come from files and
/// flags (<c>--license-key</c>), where a wrong file is a user error, not a bug.
/// </summary>
internal static class EcdsaP256Pem
{
    private const string P256Oid = "1.2.840.10045.3.1.7";
    private const string PublicLabel = "PUBLIC KEY";
    private const string Pkcs8Label = "PRIVATE KEY";
    private const string Sec1Label = "EC PRIVATE KEY";
    private const string EncryptedLabel = "ENCRYPTED PRIVATE KEY";

    /// <summary>Parses a SubjectPublicKeyInfo PEM and returns the canonical DER of the P-256 key.</summary>
    public static Outcome<byte[]> ReadPublic(string pem)
    {
        var block = FindBlock(pem);
        if (!block.IsOk)
        {
            return Outcome<byte[]>.Fail(block.Error);
        }

        var (label, der) = block.Value;
        if (label is Pkcs8Label or Sec1Label or EncryptedLabel)
        {
            // A private key where the public one belongs would end up shipped with a release.
            return Outcome<byte[]>.Fail("license key is a private key; use the vendor's public key (wharf license key)");
        }

        if (label != PublicLabel)
        {
            return Outcome<byte[]>.Fail($"license key PEM is a '{label}' block, expected '{PublicLabel}'");
        }

        using var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportSubjectPublicKeyInfo(der, out var read);
            if (read != der.Length)
            {
                return Outcome<byte[]>.Fail("license key PEM has trailing data after the public key");
            }
        }
        catch (CryptographicException)
        {
            return Outcome<byte[]>.Fail("license key is not an ECDSA public key");
        }

        return IsP256(ecdsa)
            ? Outcome<byte[]>.Ok(ecdsa.ExportSubjectPublicKeyInfo())
            : Outcome<byte[]>.Fail("license key is not on curve P-256");
    }

    /// <summary>Parses a PKCS#8 or SEC 1 private key PEM and returns the canonical PKCS#8 DER.</summary>
    public static Outcome<byte[]> ReadPrivate(string pem)
    {
        var block = FindBlock(pem);
        if (!block.IsOk)
        {
            return Outcome<byte[]>.Fail(block.Error);
        }

        var (label, der) = block.Value;
        if (label == EncryptedLabel)
        {
            return Outcome<byte[]>.Fail("license signing key is encrypted; give an unencrypted PKCS#8 key");
        }

        if (label == PublicLabel)
        {
            return Outcome<byte[]>.Fail("license signing key is a public key; signing needs the private key");
        }

        if (label is not (Pkcs8Label or Sec1Label))
        {
            return Outcome<byte[]>.Fail($"license signing key PEM is a '{label}' block, expected '{Pkcs8Label}'");
        }

        using var ecdsa = ECDsa.Create();
        try
        {
            int read;
            if (label == Pkcs8Label)
            {
                ecdsa.ImportPkcs8PrivateKey(der, out read);
            }
            else
            {
                ecdsa.ImportECPrivateKey(der, out read);
            }

            if (read != der.Length)
            {
                return Outcome<byte[]>.Fail("license signing key PEM has trailing data after the key");
            }
        }
        catch (CryptographicException)
        {
            return Outcome<byte[]>.Fail("license signing key is not an ECDSA private key");
        }

        return IsP256(ecdsa)
            ? Outcome<byte[]>.Ok(ecdsa.ExportPkcs8PrivateKey())
            : Outcome<byte[]>.Fail("license signing key is not on curve P-256");
    }

    public static string WritePublic(byte[] spki) => PemEncoding.WriteString(PublicLabel, spki) + "\n";

    public static string WritePrivate(byte[] pkcs8) => PemEncoding.WriteString(Pkcs8Label, pkcs8) + "\n";

    private static bool IsP256(ECDsa ecdsa)
    {
        var curve = ecdsa.ExportParameters(includePrivateParameters: false).Curve;
        return curve.IsNamed && curve.Oid.Value == P256Oid;
    }

    private static Outcome<PemBlock> FindBlock(string pem)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            return Outcome<PemBlock>.Fail("license key is empty");
        }

        if (!PemEncoding.TryFind(pem, out var fields))
        {
            return Outcome<PemBlock>.Fail("license key is not a PEM document (no -----BEGIN ...----- block)");
        }

        var label = pem[fields.Label];
        var der = new byte[fields.DecodedDataLength];
        if (!Convert.TryFromBase64Chars(pem.AsSpan()[fields.Base64Data], der, out var written) || written != der.Length)
        {
            return Outcome<PemBlock>.Fail("license key PEM has invalid base64 content");
        }

        return Outcome<PemBlock>.Ok(new PemBlock(label, der));
    }

    private sealed record PemBlock(string Label, byte[] Der);
}
