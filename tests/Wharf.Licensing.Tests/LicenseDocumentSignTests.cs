namespace Wharf.Licensing.Tests;

public class LicenseDocumentSignTests
{
    [Fact]
    public void Sign_MinimalSpec_OmitsOptionalFieldsAndWritesEmptyExpiry()
    {
        var yaml = LicenseDocument.Sign(TestLicenses.Minimal(), TestLicenses.Key);

        var expected = """
            apiVersion: kots.io/v1beta1
            kind: License
            metadata:
              name: acme-corp
            spec:
              licenseID: 2BqXf1wY3nKc8LmP0aZr7TgHsQe
              appSlug: my-app
              customerName: Acme Corp
              entitlements:
                expires_at:
                  title: Expiration
                  value: ""
                  valueType: String
              signature: 
            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith(expected, yaml, StringComparison.Ordinal);
        Assert.EndsWith("\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_SameSpecTwice_GivesDifferentSignaturesThatBothVerify()
    {
        var first = LicenseDocument.Sign(TestLicenses.Full(), TestLicenses.Key);
        var second = LicenseDocument.Sign(TestLicenses.Full(), TestLicenses.Key);

        Assert.NotEqual(TestLicenses.SignatureOf(first), TestLicenses.SignatureOf(second));
        Assert.True(LicenseDocument.Verify(first, TestLicenses.Key.PublicKey).IsValid);
        Assert.True(LicenseDocument.Verify(second, TestLicenses.Key.PublicKey).IsValid);
    }

    [Fact]
    public void Sign_ExpiryWithOffsetAndFraction_IsWrittenInUtcAndReadBackExactly()
    {
        var expiry = new DateTimeOffset(2027, 1, 1, 2, 30, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);
        var yaml = LicenseDocument.Sign(TestLicenses.Minimal() with { ExpiresAt = expiry }, TestLicenses.Key);

        var result = LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey);

        Assert.Contains("value: \"2027-01-01T00:30:00.1234567Z\"\n", yaml, StringComparison.Ordinal);
        Assert.True(result.IsValid, result.Error);
        Assert.Equal(expiry, result.License.ExpiresAt);
    }

    public static TheoryData<string> AwkwardCustomerNames() =>
    [
        "true", "False", "null", "~", "123", "-7", "0x1F", "0o17", "1.5", "1e3", ".inf", ".NaN", "2027-01-01", "yes", "NO",
        "Acme: Inc", "Acme:", "Acme #1", "#1", "O'Brien", "'quoted'", "say \"hi\"", "back\\slash", "a:b", "https://x.y/z",
        "- dash", "-dash", "? question", "[brackets]", "{braces}", "*star", "&amp", "!bang", "%percent", "@at", "`tick", "|pipe", ">gt",
        " leading", "trailing ", "two  spaces", "line\nbreak", "crlf\r\nbreak", "tab\there", "bell\u0007", "del\u007F", "nel\u0085",
        "ls\u2028ps\u2029", "\uFEFFbom", "Müller GmbH", "日本株式会社", "emoji 😀", "---", "...", "a,b", "x: {y: z}",
    ];

    [Theory]
    [MemberData(nameof(AwkwardCustomerNames))]
    public void Sign_AwkwardCustomerName_RoundTripsExactly(string customerName)
    {
        var spec = TestLicenses.Full() with { CustomerName = customerName };

        var result = LicenseDocument.Verify(LicenseDocument.Sign(spec, TestLicenses.Key), TestLicenses.Key.PublicKey);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(customerName, result.License.CustomerName);
    }

    [Theory]
    [InlineData("Acme Corp", "customerName: Acme Corp\n")]
    [InlineData("true", "customerName: \"true\"\n")]
    [InlineData("123", "customerName: \"123\"\n")]
    [InlineData("O'Brien", "customerName: \"O'Brien\"\n")]
    [InlineData("line\nbreak", "customerName: \"line\\nbreak\"\n")]
    [InlineData("Müller", "customerName: \"Müller\"\n")]
    public void Sign_CustomerName_IsQuotedOnlyWhenNeeded(string customerName, string expectedLine)
    {
        var yaml = LicenseDocument.Sign(TestLicenses.Minimal() with { CustomerName = customerName }, TestLicenses.Key);

        Assert.Contains("  " + expectedLine, yaml, StringComparison.Ordinal);
    }

    public static TheoryData<string, LicenseSpec> InvalidSpecs()
    {
        var spec = TestLicenses.Full();
        return new TheoryData<string, LicenseSpec>
        {
            { "short id", spec with { LicenseId = "abc" } },
            { "id with dash", spec with { LicenseId = "2BqXf1wY3nKc8LmP0aZr7TgHs-e" } },
            { "empty slug", spec with { AppSlug = "" } },
            { "upper-case slug", spec with { AppSlug = "My-App" } },
            { "slug with space", spec with { AppSlug = "my app" } },
            { "empty customer", spec with { CustomerName = "" } },
            { "blank customer", spec with { CustomerName = "  " } },
            { "empty endpoint", spec with { Endpoint = "" } },
            { "relative endpoint", spec with { Endpoint = "wharf.example.com" } },
            { "ftp endpoint", spec with { Endpoint = "ftp://wharf.example.com" } },
            { "proxy domain with scheme", spec with { ProxyRegistryDomain = "https://proxy.example.com" } },
            { "registry domain with path", spec with { RegistryDomain = "registry.example.com/x" } },
            { "empty registry domain", spec with { RegistryDomain = "" } },
            { "lone surrogate", spec with { CustomerName = "bad\uD800" } },
            { "huge customer name", spec with { CustomerName = new string('a', 300 * 1024) } },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void Sign_InvalidSpec_ThrowsArgumentException(string name, LicenseSpec spec)
    {
        var ex = Assert.Throws<ArgumentException>(() => LicenseDocument.Sign(spec, TestLicenses.Key));
        Assert.Equal("spec", ex.ParamName);
        Assert.DoesNotContain(TestLicenses.Full().LicenseId, ex.Message, StringComparison.Ordinal);
        Assert.NotNull(name);
    }

    [Fact]
    public void Sign_ProxyDomainWithPort_IsAccepted()
    {
        var spec = TestLicenses.Full() with { ProxyRegistryDomain = "proxy.example.com:5443" };

        var result = LicenseDocument.Verify(LicenseDocument.Sign(spec, TestLicenses.Key), TestLicenses.Key.PublicKey);

        Assert.Equal("proxy.example.com:5443", result.License?.ProxyRegistryDomain);
    }
}
