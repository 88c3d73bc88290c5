using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Wharf.Licensing;

/// <summary>
/// The vendor's public key that verifies licenses offline (SPEC §2.5): ECDSA P-256, exchanged as a
/// SubjectPublicKeyInfo PEM (<c>-----BEGIN PUBLIC KEY-----</c>). The server publishes it; installers
/// get it with the release (<c>license-key.pem</c>) or by <c>--license-key</c>.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class LicensePublicKey
{
    private readonly byte[] spki;

    private LicensePublicKey(byte[] spki)
    {
        this.spki = spki;
        Fingerprint = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(spki));
    }

    /// <summary>
    /// <c>sha256:</c> and the hex SHA-256 of the key's DER SubjectPublicKeyInfo; short enough to show
    /// and compare when a license does not verify.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>Reads a public key PEM.</summary>
    /// <param name="pem">The PEM text; the first PEM block is used.</param>
    /// <exception cref="FormatException">The text is not a P-256 public key; the message says why in one line.</exception>
    public static LicensePublicKey FromPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        return TryFromPem(pem, out var key, out var error) ? key : throw new FormatException(error);
    }

    /// <summary>Reads a public key PEM, reporting a bad one as a value.</summary>
    /// <param name="pem">The PEM text; the first PEM block is used.</param>
    /// <param name="key">The key, when the PEM is good.</param>
    /// <param name="error">A one-line message such as <c>license key is not on curve P-256</c>, when it is not.</param>
    public static bool TryFromPem(string? pem, [NotNullWhen(true)] out LicensePublicKey? key, [NotNullWhen(false)] out string? error)
    {
        var read = EcdsaP256Pem.ReadPublic(pem ?? string.Empty);
        key = read.IsOk ? new LicensePublicKey(read.Value) : null;
        error = read.Error;
        return key is not null;
    }

    internal static LicensePublicKey FromSubjectPublicKeyInfo(byte[] spki) => new(spki);

    /// <summary>Writes the key as a <c>-----BEGIN PUBLIC KEY-----</c> PEM (ending with a newline).</summary>
    public string ExportPem() => EcdsaP256Pem.WritePublic(spki);

    /// <inheritdoc/>
    public override string ToString() => "license public key " + Fingerprint;

    /// <summary>Checks an IEEE P1363 (r‖s, 64 bytes) ECDSA P-256/SHA-256 signature over <paramref name="data"/>.</summary>
    internal bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        // One ECDsa per call keeps the type immutable and thread-safe; licenses are verified rarely.
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(spki, out _);
        return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
