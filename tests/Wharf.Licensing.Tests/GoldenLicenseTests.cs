namespace Wharf.Licensing.Tests;

/// <summary>
/// The license format is a contract with every license already issued and every installer already
/// shipped: these tests pin it to files under testdata/golden (see the README there).
/// </summary>
public class GoldenLicenseTests
{
    private static readonly LicenseSigningKey GoldenKey = LicenseSigningKey.FromPrivateKeyPem(TestLicenses.TestData("golden", "signing-key.pem"));
    private static readonly LicensePublicKey GoldenPublicKey = LicensePublicKey.FromPem(TestLicenses.TestData("golden", "public-key.pem"));

    [Fact]
    public void Sign_GoldenSpec_MatchesGoldenFileApartFromSignature()
    {
        var yaml = LicenseDocument.Sign(TestLicenses.Full(), GoldenKey);

        var withoutSignature = string.Concat(yaml.Split('\n')
            .Where(l => !l.StartsWith("  signature: ", StringComparison.Ordinal))
            .Select(l => l + "\n"))[..^1];
        Assert.Equal(TestLicenses.TestData("golden", "license-unsigned.yaml"), withoutSignature);
        Assert.Matches("^[A-Za-z0-9+/]{86}==$", TestLicenses.SignatureOf(yaml));
    }

    [Fact]
    public void Verify_FreshlySignedGoldenSpec_IsValidWithGoldenPublicPem()
    {
        var yaml = LicenseDocument.Sign(TestLicenses.Full(), GoldenKey);

        var result = LicenseDocument.Verify(yaml, GoldenPublicKey);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(TestLicenses.Full(), result.License);
    }

    [Fact]
    public void Verify_CheckedInSignedLicense_IsStillValid()
    {
        var result = LicenseDocument.Verify(TestLicenses.TestData("golden", "license-signed.yaml"), GoldenPublicKey);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(TestLicenses.Full(), result.License);
    }

    [Fact]
    public void CanonicalBytes_CheckedInSignedLicense_MatchGoldenJson()
    {
        var canonical = LicenseDocument.CanonicalBytes(TestLicenses.TestData("golden", "license-signed.yaml"));

        Assert.True(canonical.IsOk, canonical.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "testdata", "golden", "canonical-spec.json")), canonical.Value);
    }

    [Fact]
    public void Verify_CheckedInSignedLicense_FailsWithAnotherKey()
    {
        var result = LicenseDocument.Verify(TestLicenses.TestData("golden", "license-signed.yaml"), TestLicenses.Key.PublicKey);

        Assert.False(result.IsValid);
        Assert.Equal("license signature does not match the vendor's public key", result.Error);
    }
}
