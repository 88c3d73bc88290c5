namespace Wharf.Licensing.Tests;

public class LicenseVerificationTests
{
    private static LicenseVerification Verified(LicenseSpec spec) =>
        LicenseDocument.Verify(LicenseDocument.Sign(spec, TestLicenses.Key), TestLicenses.Key.PublicKey);

    [Fact]
    public void Verify_ExpiredLicense_IsStillValid()
    {
        // Verify does not read the clock; callers decide with their TimeProvider.
        Assert.True(Verified(TestLicenses.Full() with { ExpiresAt = DateTimeOffset.UnixEpoch }).IsValid);
    }

    public static TheoryData<string, LicenseSpec, DateTimeOffset, string?, string?> Usability()
    {
        var full = TestLicenses.Full();
        var before = TestLicenses.Expiry.AddSeconds(-1);
        return new TheoryData<string, LicenseSpec, DateTimeOffset, string?, string?>
        {
            { "before expiry, right app", full, before, "my-app", null },
            { "before expiry, app not checked", full, before, null, null },
            { "at expiry", full, TestLicenses.Expiry, "my-app", "license expired on 2027-01-01T00:00:00Z" },
            { "after expiry", full, TestLicenses.Expiry.AddDays(3), null, "license expired on 2027-01-01T00:00:00Z" },
            { "no expiry, far future", full with { ExpiresAt = null }, DateTimeOffset.MaxValue, "my-app", null },
            { "other app", full, before, "other-app", "license is for app my-app, not other-app" },
            { "app case differs", full, before, "My-App", "license is for app my-app, not My-App" },
            { "other app and expired", full, TestLicenses.Expiry, "other-app", "license is for app my-app, not other-app" },
        };
    }

    [Theory]
    [MemberData(nameof(Usability))]
    public void EnsureUsable_Case_ReturnsExpectedError(string name, LicenseSpec spec, DateTimeOffset now, string? app, string? expectedError)
    {
        var verified = Verified(spec);

        var usable = verified.EnsureUsable(now, app);

        Assert.Equal(expectedError, usable.Error);
        Assert.Equal(expectedError is null, usable.IsValid);
        if (usable.IsValid)
        {
            Assert.Same(verified, usable);
        }
        else
        {
            Assert.Null(usable.License);
        }

        Assert.NotNull(name);
    }

    [Fact]
    public void EnsureUsable_InvalidResult_IsReturnedUnchanged()
    {
        var invalid = LicenseDocument.Verify("kind: Secret\n", TestLicenses.Key.PublicKey);

        Assert.Same(invalid, invalid.EnsureUsable(DateTimeOffset.UnixEpoch, "my-app"));
    }

    [Fact]
    public void ToString_Result_NeverShowsTheLicenseId()
    {
        var valid = Verified(TestLicenses.Full());
        var invalid = LicenseDocument.Verify(TestLicenses.SignedFull().Replace("my-app", "x", StringComparison.Ordinal), TestLicenses.Key.PublicKey);

        Assert.Equal("valid license for app my-app, customer Acme Corp", valid.ToString());
        Assert.Equal("license signature does not match the vendor's public key", invalid.ToString());
    }
}
