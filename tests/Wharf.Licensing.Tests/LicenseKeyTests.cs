using System.Security.Cryptography;

namespace Wharf.Licensing.Tests;

public class LicenseKeyTests
{
    [Fact]
    public void ExportPrivateKeyPem_Generated_IsPkcs8AndReadsBack()
    {
        var key = LicenseSigningKey.Generate();

        var pem = key.ExportPrivateKeyPem();
        var again = LicenseSigningKey.FromPrivateKeyPem(pem);

        Assert.StartsWith("-----BEGIN PRIVATE KEY-----\n", pem, StringComparison.Ordinal);
        Assert.EndsWith("-----END PRIVATE KEY-----\n", pem, StringComparison.Ordinal);
        Assert.Equal(key.PublicKey.Fingerprint, again.PublicKey.Fingerprint);
        Assert.Equal(pem, again.ExportPrivateKeyPem());
    }

    [Fact]
    public void ExportPublicKeyPem_Generated_IsSpkiAndReadsBack()
    {
        var key = LicenseSigningKey.Generate();

        var pem = key.ExportPublicKeyPem();
        var publicKey = LicensePublicKey.FromPem(pem);

        Assert.StartsWith("-----BEGIN PUBLIC KEY-----\n", pem, StringComparison.Ordinal);
        Assert.EndsWith("-----END PUBLIC KEY-----\n", pem, StringComparison.Ordinal);
        Assert.Equal(key.PublicKey.Fingerprint, publicKey.Fingerprint);
        Assert.Equal(pem, publicKey.ExportPem());
        Assert.Matches("^sha256:[0-9a-f]{64}$", publicKey.Fingerprint);
    }

    [Fact]
    public void Generate_TwoKeys_Differ()
    {
        Assert.NotEqual(LicenseSigningKey.Generate().PublicKey.Fingerprint, LicenseSigningKey.Generate().PublicKey.Fingerprint);
    }

    [Fact]
    public void FromPrivateKeyPem_ImportedKey_SignsWhatTheOriginalPublicKeyVerifies()
    {
        var original = LicenseSigningKey.Generate();
        var imported = LicenseSigningKey.FromPrivateKeyPem(original.ExportPrivateKeyPem());

        var yaml = LicenseDocument.Sign(TestLicenses.Full(), imported);

        Assert.True(LicenseDocument.Verify(yaml, LicensePublicKey.FromPem(original.ExportPublicKeyPem())).IsValid);
    }

    [Fact]
    public void FromPrivateKeyPem_OpenSslSec1Key_IsAccepted()
    {
        var key = LicenseSigningKey.FromPrivateKeyPem(TestLicenses.TestData("golden", "sec1-key.pem"));

        var yaml = LicenseDocument.Sign(TestLicenses.Full(), key);

        Assert.True(LicenseDocument.Verify(yaml, key.PublicKey).IsValid);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", key.ExportPrivateKeyPem(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromPem_PemWithSurroundingText_UsesTheFirstBlock()
    {
        var pem = "vendor key for my-app:\n" + TestLicenses.Key.ExportPublicKeyPem() + "trailing notes\n";

        Assert.Equal(TestLicenses.Key.PublicKey.Fingerprint, LicensePublicKey.FromPem(pem).Fingerprint);
    }

    public static TheoryData<string, string, string> BadPublicPems()
    {
        using var rsa = RSA.Create(2048);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        return new TheoryData<string, string, string>
        {
            { "empty", "", "license key is empty" },
            { "garbage", "this is not a key", "not a PEM document" },
            { "bad base64", "-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n", "not a PEM document" },
            { "rsa", rsa.ExportSubjectPublicKeyInfoPem(), "not an ECDSA public key" },
            { "rsa from openssl", TestLicenses.TestData("golden", "rsa-public-key.pem"), "not an ECDSA public key" },
            { "p384", p384.ExportSubjectPublicKeyInfoPem(), "not on curve P-256" },
            { "p384 from openssl", TestLicenses.TestData("golden", "p384-public-key.pem"), "not on curve P-256" },
            { "private pkcs8", TestLicenses.Key.ExportPrivateKeyPem(), "is a private key" },
            { "private sec1", TestLicenses.TestData("golden", "sec1-key.pem"), "is a private key" },
            { "certificate", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "'CERTIFICATE' block" },
            { "truncated", "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n", "not an ECDSA public key" },
        };
    }

    [Theory]
    [MemberData(nameof(BadPublicPems))]
    public void TryFromPem_BadPem_ReturnsOneLineReason(string name, string pem, string expected)
    {
        Assert.False(LicensePublicKey.TryFromPem(pem, out var key, out var error), name);
        Assert.Null(key);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
        var thrown = Assert.Throws<FormatException>(() => LicensePublicKey.FromPem(pem));
        Assert.Equal(error, thrown.Message);
    }

    public static TheoryData<string, string, string> BadPrivatePems()
    {
        using var rsa = RSA.Create(2048);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var p256 = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var encrypted = p256.ExportEncryptedPkcs8PrivateKeyPem("secret", new PbeParameters(PbeEncryptionAlgorithm.Aes128Cbc, HashAlgorithmName.SHA256, 1000));
        return new TheoryData<string, string, string>
        {
            { "empty", "   ", "license key is empty" },
            { "garbage", "not a key", "not a PEM document" },
            { "public", TestLicenses.Key.ExportPublicKeyPem(), "is a public key" },
            { "encrypted", encrypted, "is encrypted" },
            { "rsa", rsa.ExportPkcs8PrivateKeyPem(), "not an ECDSA private key" },
            { "p384", p384.ExportPkcs8PrivateKeyPem(), "not on curve P-256" },
            { "certificate", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "'CERTIFICATE' block" },
        };
    }

    [Theory]
    [MemberData(nameof(BadPrivatePems))]
    public void TryFromPrivateKeyPem_BadPem_ReturnsOneLineReason(string name, string pem, string expected)
    {
        Assert.False(LicenseSigningKey.TryFromPrivateKeyPem(pem, out var key, out var error), name);
        Assert.Null(key);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => LicenseSigningKey.FromPrivateKeyPem(pem));
    }

    [Fact]
    public void ToString_SigningKey_ShowsOnlyTheFingerprint()
    {
        var key = LicenseSigningKey.Generate();

        Assert.Equal("license signing key for " + key.PublicKey.Fingerprint, key.ToString());
    }
}
