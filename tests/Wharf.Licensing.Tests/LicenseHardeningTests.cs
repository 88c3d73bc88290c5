using System.Diagnostics;
using System.Text;

namespace Wharf.Licensing.Tests;

/// <summary>Hostile and malformed documents (SPEC §4): refused quickly, with a clear one-line reason.</summary>
public class LicenseHardeningTests
{
    private const string Spec = "  licenseID: 2BqXf1wY3nKc8LmP0aZr7TgHsQe\n  appSlug: my-app\n  customerName: Acme\n";

    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var i = 1; i < 30; i++)
        {
            yaml.Append($"a{i}: &a{i} [").AppendJoin(", ", Enumerable.Repeat($"*a{i - 1}", 9)).Append("]\n");
        }

        return yaml.ToString();
    }

    public static TheoryData<string, string> AliasBombs() => new()
    {
        { "billion laughs", BillionLaughs() },
        { "billion laughs inside a signed spec", TestLicenses.SignedFull() + BillionLaughs().Replace("\n", "\n  ", StringComparison.Ordinal).Insert(0, "  ").TrimEnd() + "\n" },
        { "merge key", TestLicenses.WithSpec("  base: &b {licenseID: x}\n  <<: *b\n" + Spec) },
        { "alias without anchor", TestLicenses.WithSpec(Spec + "  x: *nothing\n") },
    };

    [Theory]
    [MemberData(nameof(AliasBombs))]
    public void Verify_AliasBomb_IsRefusedQuickly(string name, string yaml)
    {
        var clock = Stopwatch.StartNew();
        var verified = LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey);
        var parsed = LicenseDocument.ParseUnverified(yaml);
        clock.Stop();

        Assert.False(verified.IsValid, name);
        Assert.False(parsed.IsWellFormed, name);
        Assert.Matches("^YAML (anchors|aliases) are not allowed in a license \\(line \\d+, column \\d+\\)$", verified.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{name} took {clock.Elapsed}");
    }

    [Theory]
    [InlineData('[')]
    [InlineData('{')]
    public void Verify_DeepFlowNesting_IsRefusedQuickly(char open)
    {
        // YamlDotNet's scanner is quadratic in flow depth: 250 000 '[' take minutes without the bound.
        var yaml = TestLicenses.WithSpec(Spec + "  x: " + new string(open, 200_000) + "\n");

        var clock = Stopwatch.StartNew();
        var result = LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey);

        Assert.StartsWith("license nests deeper than 32 levels", result.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Verify_ManyNodes_IsRefusedQuickly()
    {
        var yaml = TestLicenses.WithSpec(Spec + "  x: [" + string.Concat(Enumerable.Repeat("1,", 100_000)) + "1]\n");

        var clock = Stopwatch.StartNew();
        var result = LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey);

        Assert.Equal("license has more than 10000 YAML nodes", result.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData(300 * 1024, 'a')]
    [InlineData(140 * 1024, 'é')] // fewer characters than the limit, but more UTF-8 bytes
    public void Verify_OversizedDocument_IsRefused(int characters, char filler)
    {
        var yaml = TestLicenses.SignedFull() + "# " + new string(filler, characters) + "\n";

        var result = LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey);

        Assert.Equal("license is larger than 256 KiB", result.Error);
    }

    [Fact]
    public void Verify_DocumentJustUnderTheLimit_IsAccepted()
    {
        var signed = TestLicenses.SignedFull();
        var yaml = signed + "# " + new string('a', LicenseDocument.MaxDocumentBytes - signed.Length - 3) + "\n";

        Assert.Equal(LicenseDocument.MaxDocumentBytes, Encoding.UTF8.GetByteCount(yaml));
        Assert.True(LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey).IsValid);
    }

    public static TheoryData<string, string, string> Refused()
    {
        var signed = TestLicenses.SignedFull();
        return new TheoryData<string, string, string>
        {
            { "two documents", signed + "---\n" + signed, "license must be a single YAML document" },
            { "second empty document", signed + "---\n", "license must be a single YAML document" },
            { "leading document", "---\nkind: Secret\n---\n" + signed, "license must be a single YAML document" },
            { "tag on a value", signed.Replace("appSlug: my-app", "appSlug: !!str my-app", StringComparison.Ordinal), "YAML tags are not allowed in a license (line 7, column 12)" },
            { "custom tag", signed.Replace("spec:\n", "spec: !evil\n", StringComparison.Ordinal), "YAML tags are not allowed in a license (line 5, column 7)" },
            { "anchor only", signed.Replace("appSlug: my-app", "appSlug: &x my-app", StringComparison.Ordinal), "YAML anchors are not allowed in a license (line 7, column 12)" },
            { "duplicate key", signed.Replace("  appSlug: my-app\n", "  appSlug: my-app\n  appSlug: other-app\n", StringComparison.Ordinal), "license has a duplicate key 'appSlug' (line 8, column 3)" },
            { "duplicate key, other quoting", signed.Replace("  appSlug: my-app\n", "  appSlug: my-app\n  \"appSlug\": other-app\n", StringComparison.Ordinal), "license has a duplicate key 'appSlug' (line 8, column 3)" },
            { "duplicate top-level spec", signed + "spec: {}\n", "license has a duplicate key 'spec' (line 18, column 1)" },
            { "sequence as key", TestLicenses.WithSpec(Spec + "  ? [a]\n  : b\n"), "license mapping keys must be plain strings (line 7, column 5)" },
            { "mapping as key", TestLicenses.WithSpec(Spec + "  ? {a: b}\n  : c\n"), "license mapping keys must be plain strings (line 7, column 5)" },
            { "infinity", TestLicenses.WithSpec(Spec + "  x: .inf\n"), "non-finite numbers (.inf, .nan) are not allowed (line 7, column 6)" },
            { "huge float", TestLicenses.WithSpec(Spec + "  x: 1e999\n"), "number is out of range (line 7, column 6)" },
            { "huge hex", TestLicenses.WithSpec(Spec + "  x: 0x" + new string('f', 65) + "\n"), "number is too long (line 7, column 6)" },
        };
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Verify_ForbiddenConstruct_IsRefused(string name, string yaml, string expectedError)
    {
        var result = LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey);

        Assert.False(result.IsValid, name);
        Assert.Equal(expectedError, result.Error);
        Assert.Equal(expectedError, LicenseDocument.ParseUnverified(yaml).Error);
    }

    public static TheoryData<string, string, string> NotLicenses() => new()
    {
        { "empty", "", "license is empty" },
        { "only a comment", "# nothing here\n", "license is empty" },
        { "scalar", "hello\n", "not a kots.io/v1beta1 License document (the document is a string)" },
        { "null document", "---\n...\n", "not a kots.io/v1beta1 License document (the document is null)" },
        { "sequence", "- a\n- b\n", "not a kots.io/v1beta1 License document (the document is a sequence)" },
        { "empty mapping", "{}", "not a kots.io/v1beta1 License document (apiVersion '', kind '')" },
        { "secret", "apiVersion: v1\nkind: Secret\nspec: {}\n", "not a kots.io/v1beta1 License document (apiVersion 'v1', kind 'Secret')" },
        { "kots config", "apiVersion: kots.io/v1beta1\nkind: Config\nspec: {}\n", "not a kots.io/v1beta1 License document (apiVersion 'kots.io/v1beta1', kind 'Config')" },
        { "other version", "apiVersion: kots.io/v1beta2\nkind: License\nspec: {}\n", "not a kots.io/v1beta1 License document (apiVersion 'kots.io/v1beta2', kind 'License')" },
        { "kind case", "apiVersion: kots.io/v1beta1\nkind: license\nspec: {}\n", "not a kots.io/v1beta1 License document (apiVersion 'kots.io/v1beta1', kind 'license')" },
        { "kind as list", "apiVersion: kots.io/v1beta1\nkind: [License]\nspec: {}\n", "not a kots.io/v1beta1 License document (apiVersion 'kots.io/v1beta1', kind '')" },
        { "no spec", "apiVersion: kots.io/v1beta1\nkind: License\n", "license has no spec" },
        { "spec is a string", "apiVersion: kots.io/v1beta1\nkind: License\nspec: yes\n", "license spec must be a mapping, not a string" },
        { "spec is null", "apiVersion: kots.io/v1beta1\nkind: License\nspec:\n", "license spec must be a mapping, not null" },
    };

    [Theory]
    [MemberData(nameof(NotLicenses))]
    public void Verify_NotALicense_IsRefused(string name, string yaml, string expectedError)
    {
        var result = LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey);

        Assert.False(result.IsValid, name);
        Assert.Equal(expectedError, result.Error);
    }

    public static TheoryData<string, string, string> WrongTypes() => new()
    {
        { "license id missing", "  appSlug: a\n  customerName: c\n", "spec.licenseID is missing" },
        { "license id null", "  licenseID: null\n  appSlug: a\n  customerName: c\n", "spec.licenseID is missing" },
        { "license id empty", "  licenseID: ''\n  appSlug: a\n  customerName: c\n", "spec.licenseID is missing" },
        { "license id list", "  licenseID: [a]\n  appSlug: a\n  customerName: c\n", "spec.licenseID must be a string, not a sequence" },
        { "app slug map", "  licenseID: x\n  appSlug: {a: b}\n  customerName: c\n", "spec.appSlug must be a string, not a mapping" },
        { "customer missing", "  licenseID: x\n  appSlug: a\n", "spec.customerName is missing" },
        { "endpoint list", "  licenseID: x\n  appSlug: a\n  customerName: c\n  endpoint: [u]\n", "spec.endpoint must be a string, not a sequence" },
        { "proxy domain map", "  licenseID: x\n  appSlug: a\n  customerName: c\n  proxyRegistryDomain: {}\n", "spec.proxyRegistryDomain must be a string, not a mapping" },
        { "registry domain list", "  licenseID: x\n  appSlug: a\n  customerName: c\n  registryDomain: []\n", "spec.registryDomain must be a string, not a sequence" },
        { "entitlements scalar", "  licenseID: x\n  appSlug: a\n  customerName: c\n  entitlements: lots\n", "spec.entitlements must be a mapping, not a string" },
        { "entitlements list", "  licenseID: x\n  appSlug: a\n  customerName: c\n  entitlements: [a]\n", "spec.entitlements must be a mapping, not a sequence" },
        { "expires_at scalar", "  licenseID: x\n  appSlug: a\n  customerName: c\n  entitlements: {expires_at: '2027-01-01'}\n", "spec.entitlements.expires_at must be a mapping, not a string" },
        { "expiry value map", "  licenseID: x\n  appSlug: a\n  customerName: c\n  entitlements: {expires_at: {value: {}}}\n", "spec.entitlements.expires_at.value must be a string, not a mapping" },
        { "expiry not a date", "  licenseID: x\n  appSlug: a\n  customerName: c\n  entitlements: {expires_at: {value: next year}}\n", "spec.entitlements.expires_at.value is not an RFC 3339 date-time: 'next year'" },
        { "expiry number", "  licenseID: x\n  appSlug: a\n  customerName: c\n  entitlements: {expires_at: {value: 2027}}\n", "spec.entitlements.expires_at.value is not an RFC 3339 date-time: '2027'" },
        { "first error wins", "  licenseID: [x]\n  appSlug: [a]\n", "spec.licenseID must be a string, not a sequence" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void ParseUnverified_WrongTypedField_ReportsTheField(string name, string specBody, string expectedError)
    {
        var result = LicenseDocument.ParseUnverified(TestLicenses.WithSpec(specBody));

        Assert.False(result.IsWellFormed, name);
        Assert.Equal(expectedError, result.Error);
    }

    [Fact]
    public void Verify_WrongTypedFieldUnderAValidSignature_IsRefused()
    {
        var yaml = LicenseDocumentVerifyTests.Resign(TestLicenses.WithSpec(Spec.Replace("customerName: Acme", "customerName: [Acme]", StringComparison.Ordinal)));

        var result = LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey);

        Assert.Equal("spec.customerName must be a string, not a sequence", result.Error);
    }

    [Theory]
    [InlineData("apiVersion: kots.io/v1beta1\nkind: License\nspec:\n  licenseID: \"open\n", "^license is not valid YAML: line \\d+, column \\d+: .+$")]
    [InlineData("apiVersion: kots.io/v1beta1\nkind: License\n  spec: x\n", "^license is not valid YAML: line 3, column 7: .+$")]
    [InlineData("a: b: c\n", "^license is not valid YAML: line 1, column 5: .+$")]
    [InlineData("spec: [a, b\n", "^license is not valid YAML: line \\d+, column \\d+: .+$")]
    [InlineData("spec:\n  x: \"\\uD800\"\n", "^license is not valid YAML: line 2, column \\d+: .+$")] // lone surrogate escape
    [InlineData("spec:\n  appSlug: [y-app\n. x: y\n", "^license is not valid YAML: line \\d+, column \\d+: .+$")] // YamlDotNet throws InvalidOperationException here
    public void Verify_InvalidYaml_ReportsLineAndColumn(string yaml, string expectedPattern)
    {
        var result = LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey);

        Assert.False(result.IsValid);
        Assert.Matches(expectedPattern, result.Error);
        Assert.DoesNotContain('\n', result.Error);
    }

    [Fact]
    public void Verify_RandomCorruptions_NeverThrowAndNeverAcceptAChangedLicense()
    {
        var signed = TestLicenses.SignedFull();
        var random = new Random(20270101);
        const string Alphabet = " \n\t:-?[]{},#&*!|>'\"%@`\\aZ09.~";
        for (var i = 0; i < 2000; i++)
        {
            var chars = signed.ToCharArray().ToList();
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                    case 1: chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                    default: chars.RemoveAt(at); break;
                }
            }

            var yaml = new string(chars.ToArray());
            var result = LicenseDocument.Verify(yaml, TestLicenses.Key.PublicKey);
            LicenseDocument.ParseUnverified(yaml);

            if (result.IsValid)
            {
                // Only unsigned parts (layout, metadata, the signature's own whitespace) may have changed.
                Assert.Equal(TestLicenses.Full(), result.License);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Error));
                Assert.DoesNotContain('\n', result.Error);
            }
        }
    }
}
