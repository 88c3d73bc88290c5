namespace Wharf.Licensing.Tests;

public class LicenseDocumentVerifyTests
{
    public static TheoryData<string, LicenseSpec> Specs()
    {
        var full = TestLicenses.Full();
        return new TheoryData<string, LicenseSpec>
        {
            { "all fields", full },
            { "only required", TestLicenses.Minimal() },
            { "no endpoint", full with { Endpoint = null } },
            { "no proxy domain", full with { ProxyRegistryDomain = null } },
            { "no registry domain", full with { RegistryDomain = null } },
            { "no expiry", full with { ExpiresAt = null } },
            { "fresh id", full with { LicenseId = LicenseId.New() } },
        };
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Verify_SignedDocument_ReturnsTheSameSpec(string name, LicenseSpec spec)
    {
        var result = LicenseDocument.Verify(LicenseDocument.Sign(spec, TestLicenses.Key), TestLicenses.Key.PublicKey);

        Assert.True(result.IsValid, $"{name}: {result.Error}");
        Assert.Null(result.Error);
        Assert.Equal(spec, result.License);
    }

    // Each edit changes one signed value, type or key of a document signed for TestLicenses.Full().
    public static TheoryData<string, string, string> Tampering() => new()
    {
        { "license id", "licenseID: 2BqXf1wY3nKc8LmP0aZr7TgHsQe", "licenseID: 2BqXf1wY3nKc8LmP0aZr7TgHsQf" },
        { "app slug", "appSlug: my-app", "appSlug: other-app" },
        { "customer name", "customerName: Acme Corp", "customerName: Acme Corp." },
        { "customer name case", "customerName: Acme Corp", "customerName: acme Corp" },
        { "endpoint", "endpoint: https://wharf.example.com", "endpoint: https://evil.example.com" },
        { "proxy domain", "proxyRegistryDomain: proxy.example.com", "proxyRegistryDomain: proxy.evil.com" },
        { "registry domain", "registryDomain: registry.example.com", "registryDomain: registry.evil.com" },
        { "expiry later", "value: \"2027-01-01T00:00:00Z\"", "value: \"2099-01-01T00:00:00Z\"" },
        { "expiry removed", "value: \"2027-01-01T00:00:00Z\"", "value: \"\"" },
        { "expiry null", "value: \"2027-01-01T00:00:00Z\"", "value: null" },
        { "expiry title", "title: Expiration", "title: Expiry" },
        { "expiry value type", "valueType: String", "valueType: Text" },
        { "field dropped", "  registryDomain: registry.example.com\n", "" },
        { "field renamed", "registryDomain:", "registrydomain:" },
        { "field added", "  appSlug: my-app\n", "  appSlug: my-app\n  isAdmin: true\n" },
        { "entitlement added", "    expires_at:\n", "    seats:\n      value: 1000\n    expires_at:\n" },
        { "entitlements dropped", "  entitlements:\n    expires_at:\n      title: Expiration\n      value: \"2027-01-01T00:00:00Z\"\n      valueType: String\n", "" },
        { "trailing space in value", "appSlug: my-app", "appSlug: \"my-app \"" },
        { "string became null", "registryDomain: registry.example.com", "registryDomain: ~" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public void Verify_TamperedField_FailsSignatureCheck(string name, string original, string replacement)
    {
        var signed = TestLicenses.SignedFull();
        Assert.Contains(original, signed, StringComparison.Ordinal);
        var tampered = signed.Replace(original, replacement, StringComparison.Ordinal);

        var result = LicenseDocument.Verify(tampered, TestLicenses.Key.PublicKey);

        Assert.False(result.IsValid, name);
        Assert.Null(result.License);
        Assert.Equal("license signature does not match the vendor's public key", result.Error);
    }

    [Fact]
    public void Verify_TamperedUnknownEntitlement_FailsSignatureCheck()
    {
        // Unknown fields are signed too: a KOTS-style entitlement cannot be raised after signing.
        var yaml = Resign(TestLicenses.WithSpec(
            "  licenseID: 2BqXf1wY3nKc8LmP0aZr7TgHsQe\n  appSlug: my-app\n  customerName: Acme\n" +
            "  entitlements:\n    seats: {title: Seats, value: 10, valueType: Integer}\n"));
        Assert.True(LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey).IsValid);

        foreach (var replacement in new[] { "value: 11", "value: \"10\"", "value: 10.5", "value: true", "value: [10]" })
        {
            var result = LicenseDocument.Verify(yaml.Replace("value: 10", replacement, StringComparison.Ordinal), TestLicenses.Key.PublicKey);
            Assert.False(result.IsValid, replacement);
        }

        // The same number spelled otherwise has the same canonical form (JSON has one number type).
        foreach (var spelling in new[] { "value: 010", "value: +10", "value: 0xA", "value: 0o12", "value: 10.0", "value: 1e1" })
        {
            Assert.True(LicenseDocument.Verify(yaml.Replace("value: 10", spelling, StringComparison.Ordinal), TestLicenses.Key.PublicKey).IsValid, spelling);
        }
    }

    public static TheoryData<string, string> Reformatted()
    {
        var signed = TestLicenses.SignedFull();
        var signature = TestLicenses.SignatureOf(signed);
        const string Id = "2BqXf1wY3nKc8LmP0aZr7TgHsQe";
        return new TheoryData<string, string>
        {
            { "keys reordered, four-space indent", $"""
                spec:
                    signature: {signature}
                    entitlements:
                        expires_at:
                            valueType: String
                            value: "2027-01-01T00:00:00Z"
                            title: Expiration
                    registryDomain: registry.example.com
                    proxyRegistryDomain: proxy.example.com
                    endpoint: https://wharf.example.com
                    customerName: Acme Corp
                    appSlug: my-app
                    licenseID: {Id}
                metadata:
                    name: acme-corp
                kind: License
                apiVersion: kots.io/v1beta1
                """ },
            { "every scalar quoted, comments", $$"""
                # Issued by Wharf for Acme
                "apiVersion": "kots.io/v1beta1"
                'kind': 'License'
                metadata: { "name": 'acme-corp' }
                spec:   # the signed part
                  "licenseID": "{{Id}}"   # the credential
                  'appSlug': 'my-app'
                  customerName: "Acme Corp"
                  endpoint: 'https://wharf.example.com'
                  proxyRegistryDomain: "proxy.example.com"
                  registryDomain: "registry.example.com"
                  entitlements:
                    # KOTS-style entitlement
                    "expires_at": {"title": "Expiration", "value": "2027-01-01T00:00:00Z", "valueType": "String"}
                  signature: "{{signature}}"
                """ },
            { "flow style as in SPEC 2.5, explicit document markers", $$"""
                %YAML 1.2
                ---
                apiVersion: kots.io/v1beta1
                kind: License
                metadata: {name: acme}
                spec:
                  licenseID: {{Id}}
                  appSlug: my-app
                  customerName: Acme Corp
                  endpoint: https://wharf.example.com
                  proxyRegistryDomain: proxy.example.com
                  registryDomain: registry.example.com
                  entitlements:
                    expires_at: {title: Expiration, value: "2027-01-01T00:00:00Z", valueType: String}
                  signature: {{signature}}
                ...
                """ },
            { "JSON", $$"""
                {"apiVersion":"kots.io/v1beta1","kind":"License","metadata":{"name":"acme-corp"},"spec":{
                  "signature":"{{signature}}","licenseID":"{{Id}}","appSlug":"my-app","customerName":"Acme Corp",
                  "endpoint":"https://wharf.example.com","proxyRegistryDomain":"proxy.example.com","registryDomain":"registry.example.com",
                  "entitlements":{"expires_at":{"title":"Expiration","value":"2027-01-01T00:00:00Z","valueType":"String"} } } }
                """ },
            { "unquoted timestamp, escaped and folded strings", $"""
                apiVersion: kots.io/v1beta1
                kind: License
                spec:
                  licenseID: {Id}
                  appSlug: "my\x2Dapp"
                  customerName: >-
                    Acme
                    Corp
                  endpoint: "https://wharf.\
                    example.com"
                  proxyRegistryDomain: proxy.example.com
                  registryDomain: registry.example.com
                  entitlements:
                    expires_at:
                      title: Expiration
                      value: 2027-01-01T00:00:00Z
                      valueType: String
                  signature: |
                    {signature[..40]}
                    {signature[40..]}
                """ },
            { "CRLF line endings, no final newline", signed.Replace("\n", "\r\n", StringComparison.Ordinal).TrimEnd() },
            { "different metadata name (not signed)", signed.Replace("name: acme-corp", "name: something-else", StringComparison.Ordinal) },
            { "extra top-level field (not signed)", signed + "status:\n  note: imported\n" },
        };
    }

    [Theory]
    [MemberData(nameof(Reformatted))]
    public void Verify_ReformattedDocument_StillVerifies(string name, string yaml)
    {
        var result = LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey);

        Assert.True(result.IsValid, $"{name}: {result.Error}");
        Assert.Equal(TestLicenses.Full(), result.License);
        Assert.Equal("acme-corp", result.License.Name);
    }

    [Fact]
    public void Verify_WrongKey_Fails()
    {
        var result = LicenseDocument.Verify(TestLicenses.SignedFull(), LicenseSigningKey.Generate().PublicKey);

        Assert.False(result.IsValid);
        Assert.Equal("license signature does not match the vendor's public key", result.Error);
    }

    public static TheoryData<string, string, string> BadSignatures()
    {
        var signed = TestLicenses.SignedFull();
        var signature = TestLicenses.SignatureOf(signed);
        var line = "  signature: " + signature + "\n";
        var bytes = Convert.FromBase64String(signature);
        var flipped = (byte[])bytes.Clone();
        flipped[10] ^= 1;
        return new TheoryData<string, string, string>
        {
            { "missing", signed.Replace(line, "", StringComparison.Ordinal), "license is not signed (spec.signature is missing)" },
            { "null", signed.Replace(line, "  signature: ~\n", StringComparison.Ordinal), "license is not signed (spec.signature is missing)" },
            { "empty (alg none)", signed.Replace(line, "  signature: \"\"\n", StringComparison.Ordinal), "license signature is empty" },
            { "blank", signed.Replace(line, "  signature: \"   \"\n", StringComparison.Ordinal), "license signature is empty" },
            { "none", signed.Replace(line, "  signature: none\n", StringComparison.Ordinal), "license signature has 3 bytes, expected a 64-byte ECDSA P-256 signature" },
            { "not base64", signed.Replace(line, "  signature: not*base64!\n", StringComparison.Ordinal), "license signature is not valid base64" },
            { "base64url", signed.Replace(line, "  signature: " + signature.Replace('+', '-').Replace('/', '_') + "\n", StringComparison.Ordinal), "license signature is not valid base64" },
            { "truncated", signed.Replace(line, "  signature: " + Convert.ToBase64String(bytes[..63]) + "\n", StringComparison.Ordinal), "license signature has 63 bytes, expected a 64-byte ECDSA P-256 signature" },
            { "DER length", signed.Replace(line, "  signature: " + Convert.ToBase64String(new byte[70]) + "\n", StringComparison.Ordinal), "license signature has 70 bytes, expected a 64-byte ECDSA P-256 signature" },
            { "zeros", signed.Replace(line, "  signature: " + Convert.ToBase64String(new byte[64]) + "\n", StringComparison.Ordinal), "license signature does not match the vendor's public key" },
            { "one bit flipped", signed.Replace(line, "  signature: " + Convert.ToBase64String(flipped) + "\n", StringComparison.Ordinal), "license signature does not match the vendor's public key" },
            { "number", signed.Replace(line, "  signature: 12345\n", StringComparison.Ordinal), "spec.signature must be a base64 string, not a number" },
            { "boolean", signed.Replace(line, "  signature: true\n", StringComparison.Ordinal), "spec.signature must be a base64 string, not a boolean" },
            { "sequence", signed.Replace(line, "  signature: [" + signature + "]\n", StringComparison.Ordinal), "spec.signature must be a base64 string, not a sequence" },
            { "moved to top level", signed.Replace(line, "", StringComparison.Ordinal) + "signature: " + signature + "\n", "license is not signed (spec.signature is missing)" },
        };
    }

    [Theory]
    [MemberData(nameof(BadSignatures))]
    public void Verify_BadSignature_FailsWithReason(string name, string yaml, string expectedError)
    {
        var result = LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey);

        Assert.False(result.IsValid, name);
        Assert.Equal(expectedError, result.Error);
    }

    [Fact]
    public void Verify_NestedSignatureKey_IsSignedLikeAnyOtherField()
    {
        // Only spec.signature is left out of the canonical form, so an entitlement named
        // "signature" cannot be swapped after signing.
        var yaml = Resign(TestLicenses.WithSpec(
            "  licenseID: 2BqXf1wY3nKc8LmP0aZr7TgHsQe\n  appSlug: my-app\n  customerName: Acme\n" +
            "  entitlements:\n    signature: {value: a}\n"));

        var tampered = yaml.Replace("{value: a}", "{value: b}", StringComparison.Ordinal);

        Assert.True(LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey).IsValid);
        Assert.False(LicenseDocument.Verify(tampered, TestLicenses.Key.PublicKey).IsValid);
    }

    [Fact]
    public void ParseUnverified_ForgedDocument_ReadsButSaysNothingAboutTrust()
    {
        var forged = TestLicenses.SignedFull().Replace("appSlug: my-app", "appSlug: other-app", StringComparison.Ordinal);

        var parsed = LicenseDocument.ParseUnverified(forged);

        Assert.True(parsed.IsWellFormed, parsed.Error);
        Assert.True(parsed.IsSigned);
        Assert.Equal("other-app", parsed.License.AppSlug);
        Assert.False(LicenseDocument.Verify(forged, TestLicenses.Key.PublicKey).IsValid);
    }

    [Fact]
    public void ParseUnverified_UnsignedDocument_IsWellFormedButNotSigned()
    {
        var parsed = LicenseDocument.ParseUnverified(TestLicenses.WithSpec("  licenseID: x\n  appSlug: a\n  customerName: c\n"));

        Assert.True(parsed.IsWellFormed, parsed.Error);
        Assert.False(parsed.IsSigned);
        Assert.Equal("x", parsed.License.LicenseId);
        Assert.Null(parsed.License.ExpiresAt);
    }

    [Fact]
    public void ParseUnverified_KotsStyleLicense_ReadsKnownFieldsAndVerifyRefusesIt()
    {
        // The shape KOTS itself writes: extra fields, typed entitlements, its own signature scheme.
        const string Kots = """
            apiVersion: kots.io/v1beta1
            kind: License
            metadata:
              name: acmecorp
            spec:
              licenseID: 1vusOokxAVp1tkRGuyxnF23PJcq
              licenseType: prod
              customerName: Acme Corp
              appSlug: my-app
              channelID: 1vusIYZLAVxMG6q760OJmRKj5i5
              channelName: Stable
              licenseSequence: 1
              endpoint: https://replicated.app
              entitlements:
                expires_at:
                  title: Expiration
                  description: License Expiration
                  value: ""
                  valueType: String
                  signature: {}
                seats:
                  title: Seats
                  value: 10
                  valueType: Integer
                  signature: {}
              isAirgapSupported: true
              isGitOpsSupported: false
              signature: eyJsaWNlbnNlRGF0YSI6ImV5SmhjR2xXWlhKemFXOXVJam9pYTI5MGN5NXBieTkyTVdKbGRHRXhJbjA9IiwiaW5uZXJTaWduYXR1cmUiOiJleUpzYVdObGJuTmxVMmxuYm1GMGRYSmxJam9pSW4wPSJ9
            """;

        var parsed = LicenseDocument.ParseUnverified(Kots);
        var verified = LicenseDocument.Verify(Kots, TestLicenses.Key.PublicKey);

        Assert.True(parsed.IsWellFormed, parsed.Error);
        Assert.Equal("1vusOokxAVp1tkRGuyxnF23PJcq", parsed.License.LicenseId);
        Assert.Equal("https://replicated.app", parsed.License.Endpoint);
        Assert.Null(parsed.License.ExpiresAt);
        Assert.True(LicenseId.IsWellFormed(parsed.License.LicenseId));
        Assert.False(verified.IsValid);
        Assert.StartsWith("license signature has ", verified.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => LicenseDocument.Verify(null!, TestLicenses.Key.PublicKey));
        Assert.Throws<ArgumentNullException>(() => LicenseDocument.Verify(TestLicenses.SignedFull(), null!));
        Assert.Throws<ArgumentNullException>(() => LicenseDocument.ParseUnverified(null!));
        Assert.Throws<ArgumentNullException>(() => LicenseDocument.Sign(null!, TestLicenses.Key));
        Assert.Throws<ArgumentNullException>(() => LicenseDocument.Sign(TestLicenses.Full(), null!));
    }

    /// <summary>Signs an arbitrary document (extra fields included) the way a future Wharf or another
    /// implementation might: over the canonical form of its spec.</summary>
    internal static string Resign(string unsignedYaml)
    {
        var canonical = LicenseDocument.CanonicalBytes(unsignedYaml);
        Assert.True(canonical.IsOk, canonical.Error);
        var signature = TestLicenses.Key.SignForTest(canonical.Value);
        return unsignedYaml + "  signature: " + Convert.ToBase64String(signature) + "\n";
    }
}
