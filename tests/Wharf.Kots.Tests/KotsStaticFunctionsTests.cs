using Wharf.Kots.Tests.Support;

namespace Wharf.Kots.Tests;

/// <summary>
/// The KOTS functions real releases use beyond SPEC §3.5's table (found by running public KOTS releases through
/// <c>wharf template</c>): parsing, arithmetic, base64, strings, the no-cluster answers, and the KOTS quirks of
/// config and image functions (an empty result where KOTS gives one, never an error). Expected values follow
/// KOTS's Go code (strconv, encoding/base64, go-units) and were checked against a Go program.
/// </summary>
public sealed class KotsStaticFunctionsTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // ParseInt / ParseUint / ParseFloat / ParseBool: errors ignored, as KOTS does.
        { "{{repl ParseInt \"42\" }}", "42" },
        { "{{repl ParseInt \"-17\" }}", "-17" },
        { "{{repl ParseInt \"ff\" 16 }}", "255" },
        { "{{repl ParseInt \"0x1F\" 0 }}", "31" },
        { "{{repl ParseInt \"0755\" 0 }}", "493" },
        { "{{repl ParseInt \"1_000\" 0 }}", "1000" },
        { "{{repl ParseInt \"1_000\" }}", "0" },
        { "{{repl ParseInt \"abc\" }}", "0" },
        { "{{repl ParseInt \"\" }}", "0" },
        { "{{repl ParseInt \"99999999999999999999\" }}", "9223372036854775807" },
        { "{{repl ParseInt \"-99999999999999999999\" }}", "-9223372036854775808" },
        { "{{repl ParseInt \"12\" 1 }}", "0" },
        { "{{repl ConfigOption \"replicas\" | ParseInt | add 1 }}", "4" },
        { "{{repl ParseUint \"18446744073709551615\" }}", "18446744073709551615" },
        { "{{repl ParseUint \"-1\" }}", "0" },
        { "{{repl ParseFloat \"1.5\" }}", "1.5" },
        { "{{repl ParseFloat \"1e3\" }}", "1000" },
        { "{{repl ParseFloat \" 1\" }}", "0" },
        { "{{repl ParseFloat \"x\" }}", "0" },
        { "{{repl ParseBool \"True\" }}|{{repl ParseBool \"1\" }}|{{repl ParseBool \"yes\" }}", "true|true|false" },

        // Add / Sub / Mult / Div.
        { "{{repl Add 2 3 }}|{{repl Sub 2 3 }}|{{repl Mult 4 5 }}|{{repl Div 7 2 }}", "5|-1|20|3" },
        { "{{repl Add 1.5 2 }}|{{repl Div 7.0 2 }}|{{repl Mult 2 0.25 }}", "3.5|3.5|0.5" },
        { "{{repl Add \"1\" 2 }}", "0" },
        { "{{repl Div (ConfigOption \"replicas\" | ParseInt) 2 }}", "1" },

        // Base64, strings, sizes.
        { "{{repl Base64Encode \"hello world\" }}", "aGVsbG8gd29ybGQ=" },
        { "{{repl Base64Decode \"aGVsbG8gd29ybGQ=\" }}", "hello world" },
        { "{{repl Base64Decode \"aGVsbG8gd29ybGQ\" }}", "" },
        { "{{repl Base64Decode \"aGVs bG8=\" }}", "" },
        { "{{repl Base64Decode \"not base64!\" }}", "" },
        { "{{repl ToUpper \"abC\" }}|{{repl ToLower \"AbC\" }}|{{repl TrimSpace \"  x \" }}|{{repl Trim \"--x--\" \"-\" }}", "ABC|abc|x|x" },
        { "{{repl Split \"a,b,,c\" \",\" | len }}|{{repl index (Split \"a,b\" \",\") 1 }}", "4|b" },
        { "{{repl UrlEncode \"a b&c=d/é\" }}", "a+b%26c%3Dd%2F%C3%A9" },
        { "{{repl HumanSize 999 }}|{{repl HumanSize 1000 }}|{{repl HumanSize 1500000 }}|{{repl HumanSize 12345678901 }}", "999B|1kB|1.5MB|12.35GB" },

        // Answers without a cluster, version facts, identity service, kURL.
        { "{{repl IsKurl }}|{{repl IsAirgap }}|[{{repl Distribution }}]|{{repl NodeCount }}|{{repl KubernetesVersion }}", "false|false|[]|0|0.0.0+unknown" },
        { "[{{repl HTTPProxy }}{{repl HTTPSProxy }}{{repl NoProxy }}{{repl PrivateCACert }}]", "[]" },
        { "{{repl Sequence }}|{{repl IsRequired }}|[{{repl Cursor }}{{repl VersionLabel }}{{repl ReleaseNotes }}]", "0|false|[]" },
        { "{{repl ReplicatedProxyDomain }}|{{repl ReplicatedRegistryDomain }}", "proxy.example.com|registry.example.com" },
        { "{{repl Lookup \"v1\" \"Secret\" \"ns\" \"name\" | len }}", "0" },
        { "{{repl IdentityServiceName }}|{{repl IdentityServicePort }}|{{repl IdentityServiceEnabled }}", "my-app-dex|5556|false" },
        { "{{repl ConfigOptionName \"hostname\" }}|[{{repl ConfigOptionIndex \"hostname\" }}{{repl KurlString \"x\" }}{{repl KurlAll }}]|{{repl KurlInt \"x\" }}|{{repl KurlBool \"x\" }}", "hostname|[]|0|false" },
        { "{{repl if ne Distribution \"embedded-cluster\" }}not ec{{repl end }}", "not ec" },

        // KOTS quirks of the config and image functions.
        { "{{repl ConfigOptionEquals \"undefined\" \"\" }}|{{repl ConfigOptionNotEquals \"undefined\" \"x\" }}", "false|false" },
        { "{{repl ConfigOptionEquals \"replicas\" \"3\" }}|{{repl ConfigOptionNotEquals \"replicas\" \"3\" }}", "true|false" },
        { "[{{repl ConfigOptionData \"hostname\" }}]", "[]" },
        { "{{repl ConfigOptionData \"tls_cert\" | trim }}", "-----BEGIN\ncert\n-----END" },
        { "[{{repl LocalImageName \"\" }}]|[{{repl LocalImageName \"Bad Image\" }}]", "[]|[]" },
        { "[{{repl LocalImageName (ConfigOption \"optional_image\") }}]", "[]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryRender_Function_GivesKotsResult(string template, string expected)
    {
        Assert.True(KotsTemplate.TryRender(template, "t", Contexts.Proxy(), out var output, out var error), error?.ToString());
        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData("{{repl RandomString 32 }}", 32, "^[_A-Za-z0-9]{32}$")]
    [InlineData("{{repl RandomString 16 \"[a-f0-9]\" }}", 16, "^[a-f0-9]{16}$")]
    [InlineData("{{repl RandomString 10 \"\\\\d\" }}", 10, "^[0-9]{10}$")]
    [InlineData("{{repl RandomString 12 \"[[:upper:]-]\" }}", 12, "^[A-Z-]{12}$")]
    [InlineData("{{repl RandomString 8 \"[a\\\\-z]\" }}", 8, "^[a\\-z]{8}$")]
    public void RandomString_Charset_LengthAndAlphabet(string template, int length, string pattern)
    {
        Assert.True(KotsTemplate.TryRender(template, "t", Contexts.Proxy(), out var first, out var error), error?.ToString());
        Assert.True(KotsTemplate.TryRender(template, "t", Contexts.Proxy(), out var second, out _));

        Assert.Equal(length, first.Length);
        Assert.Matches(pattern, first);
        Assert.NotEqual(first, second); // 2^-32 at worst for the smallest alphabet here: not a flaky check.
    }

    [Theory]
    [InlineData("{{repl RandomString 8 \"abc\" }}")]
    [InlineData("{{repl RandomString 8 \"[a]\" }}")]
    [InlineData("{{repl RandomString 8 \"[^a]\" }}")]
    [InlineData("{{repl RandomString 8 \"[z-a]\" }}")]
    [InlineData("{{repl RandomString 0 }}")]
    public void RandomString_NotOneDrawableClass_EmptyAsKots(string template)
    {
        Assert.True(KotsTemplate.TryRender(template, "t", Contexts.Proxy(), out var output, out var error), error?.ToString());
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void RandomBytes_Base64OfThatManyBytes()
    {
        Assert.True(KotsTemplate.TryRender("{{repl RandomBytes 24 }}", "t", Contexts.Proxy(), out var output, out _));

        Assert.Equal(24, Convert.FromBase64String(output).Length);
    }

    [Fact]
    public void Now_UtcRfc3339()
    {
        Assert.True(KotsTemplate.TryRender("{{repl Now }}", "t", Contexts.Proxy(), out var output, out _));

        var parsed = DateTimeOffset.ParseExact(output, "yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(DateTimeOffset.UtcNow - parsed, TimeSpan.Zero - TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void NowFmt_GoLayoutInUtc_EmptyIsRfc3339()
    {
        Assert.True(KotsTemplate.TryRender("{{repl NowFmt \"2006-01-02\" }}|{{repl NowFmt \"\" }}|{{repl NowFmt \"MST\" }}", "t", Contexts.Proxy(), out var output, out var error), error?.ToString());

        var parts = output.Split('|');
        Assert.Equal(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), parts[0]);
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", parts[1]);
        Assert.Equal("UTC", parts[2]);
    }

    [Fact]
    public void Div_IntegerByZero_ErrorAsGo()
    {
        Assert.False(KotsTemplate.TryRender("{{repl Div 1 0 }}", "t", Contexts.Proxy(), out _, out var error));

        Assert.Equal("t:1:8: error calling Div: runtime error: integer divide by zero", error.ToString());
    }

    [Fact]
    public void LicenseFieldValue_BuiltInFlagsAbsent_FalseAndSequenceZero()
    {
        var fields = KotsLicenseFields.Read("apiVersion: kots.io/v1beta1\nkind: License\nspec:\n  licenseID: abc\n  appSlug: my-app\n  isSnapshotSupported: true\n");
        var context = Contexts.Proxy() with { LicenseFields = fields };

        Assert.True(KotsTemplate.TryRender(
            "{{repl LicenseFieldValue \"isSnapshotSupported\" }}|{{repl LicenseFieldValue \"isAirgapSupported\" }}|{{repl LicenseFieldValue \"licenseSequence\" }}|{{repl LicenseFieldValue \"IsDisasterRecoverySupported\" }}",
            "t", context, out var output, out var error), error?.ToString());
        Assert.Equal("true|false|0|false", output);
    }
}
