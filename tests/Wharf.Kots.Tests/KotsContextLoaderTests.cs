using Wharf.Kots.Tests.Support;
using Wharf.Oci;

namespace Wharf.Kots.Tests;

/// <summary>
/// Building the installation context from files and flags (SPEC §3.1, §5): verified licenses only, the domain
/// defaults, config values, the local registry and which images are private.
/// </summary>
public sealed class KotsContextLoaderTests : IDisposable
{
    private readonly TestLicenses licenses = new(TestLicenses.Spec(registry: "registry.example.com"));

    public void Dispose() => licenses.Dispose();

    [Fact]
    public void TryLoad_VerifiedLicense_ContextFromIt()
    {
        var context = Load(Settings());

        Assert.Equal("my-app", context.AppSlug);
        Assert.Equal(Contexts.LicenseId, context.LicenseId);
        Assert.Equal("proxy.example.com", context.ProxyHost);
        Assert.Equal("registry.example.com", context.RegistryHost);
        Assert.Null(context.Namespace);
        Assert.Null(context.LocalRegistry);
        Assert.Null(context.IsPublicImage);
        Assert.Equal("Acme Corp", context.LicenseFields["customerName"]);
        Assert.Equal(Contexts.LicenseId, context.LicenseFields["licenseId"]);
        Assert.Equal("my-app", context.LicenseFields["appSlug"]);
    }

    [Fact]
    public void TryLoad_Flags_OverrideLicense()
    {
        var context = Load(Settings() with { ProxyDomain = "images.acme.com:8443", RegistryDomain = "reg.acme.com", Namespace = "acme" });

        Assert.Equal("images.acme.com:8443", context.ProxyHost);
        Assert.Equal("reg.acme.com", context.RegistryHost);
        Assert.Equal("acme", context.Namespace);
    }

    [Fact]
    public void TryLoad_NoProxyAnywhere_NullUntilAFunctionNeedsIt()
    {
        using var bare = new TestLicenses(TestLicenses.Spec(proxy: null));

        var context = Load(new KotsContextSettings { LicenseFile = bare.LicenseFile, LicenseKeyFile = bare.KeyFile });

        Assert.Null(context.ProxyHost);
    }

    [Fact]
    public void TryLoad_PrivateImageList_OnlyThoseArePrivate()
    {
        var context = Load(Settings() with { PrivateImages = ["quay.io/org/api", "ghcr.io/org/tool:2"] });

        Assert.False(context.IsPublicImage!(ImageReference.Parse("quay.io/org/api:1")));
        Assert.False(context.IsPublicImage(ImageReference.Parse("ghcr.io/org/tool:2")));
        Assert.True(context.IsPublicImage(ImageReference.Parse("ghcr.io/org/tool:3")));
        Assert.True(context.IsPublicImage(ImageReference.Parse("nginx")));
        Assert.Null(Load(Settings() with { PrivateImages = ["quay.io/org/api"], AllPrivate = true }).IsPublicImage);
    }

    [Fact]
    public void TryLoad_LocalRegistryWithCredentials_Parsed()
    {
        var context = Load(Settings() with { LocalRegistry = "registry.local:5000/team/apps", LocalRegistryUsername = "u", LocalRegistryPassword = "p" });

        Assert.Equal("registry.local:5000", context.LocalRegistry!.Host);
        Assert.Equal("team/apps", context.LocalRegistry.Namespace);
        Assert.Equal("registry.local:5000/team/apps", context.LocalRegistry.Address);
        Assert.DoesNotContain("p,", context.LocalRegistry.ToString(), StringComparison.Ordinal);
        Assert.Contains("Password = ***", context.LocalRegistry.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_ConfigValuesFile_Read()
    {
        var file = licenses.Write("config.yaml", "apiVersion: kots.io/v1beta1\nkind: ConfigValues\nspec:\n  values:\n    a:\n      value: \"1\"\n    b:\n      default: x\n    c:\n      value: enc\n      valuePlaintext: plain\n    d: null\n");

        var values = Load(Settings() with { ConfigValuesFile = file }).ConfigValues;

        Assert.Equal("1", values["a"].Effective);
        Assert.Equal("x", values["b"].Effective);
        Assert.Equal("plain", values["c"].Effective);
        Assert.False(values.ContainsKey("d"));
    }

    [Theory]
    [InlineData("apiVersion: kots.io/v1beta1\nkind: Config\n", "not a kots.io/v1beta1 ConfigValues document")]
    [InlineData("apiVersion: kots.io/v1beta1\nkind: ConfigValues\nspec:\n  values:\n    a: 1\n", ":5:8: spec.values.a must be a mapping with value/default, not the number 1")]
    [InlineData("a: [\n", ":2:1: ")]
    public void TryLoad_BadConfigValues_ErrorNamesFile(string text, string expected)
    {
        var file = licenses.Write("config.yaml", text);

        Assert.False(KotsContextLoader.TryLoad(Settings() with { ConfigValuesFile = file }, out _, out var error));
        Assert.StartsWith(file, error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "no license key: pass --license-key FILE (an unverified license is never used)")]
    [InlineData("missing.pem", "license key file missing.pem does not exist")]
    public void TryLoad_NoKey_Refused(string? key, string expected)
    {
        Assert.False(KotsContextLoader.TryLoad(Settings() with { LicenseKeyFile = key }, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryLoad_ExpiredAtTheClock_Refused()
    {
        using var expiring = new TestLicenses(TestLicenses.Spec(expires: new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var settings = new KotsContextSettings { LicenseFile = expiring.LicenseFile, LicenseKeyFile = expiring.KeyFile, Time = new FixedTime(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero)) };

        Assert.False(KotsContextLoader.TryLoad(settings, out _, out var error));
        Assert.StartsWith($"license {expiring.LicenseFile}: license expired on 2030-01-01", error, StringComparison.Ordinal);
    }

    [Fact]
    public void LicenseFields_Entitlements_ValuesByName()
    {
        var fields = KotsLicenseFields.Read("""
            apiVersion: kots.io/v1beta1
            kind: License
            spec:
              licenseID: abc
              appSlug: my-app
              isAirgapSupported: true
              entitlements:
                expires_at:
                  title: Expiration
                  value: "2030-01-01T00:00:00Z"
                seats:
                  value: 25
                appSlug:
                  value: shadowed
                plain: text
              signature: c2ln
            """);

        Assert.Equal("2030-01-01T00:00:00Z", fields["expires_at"]);
        Assert.Equal("25", fields["seats"]);
        Assert.Equal("my-app", fields["appSlug"]);
        Assert.Equal("true", fields["isAirgapSupported"]);
        Assert.Equal("text", fields["plain"]);
        Assert.Equal("abc", fields["licenseId"]);
    }

    private KotsContextSettings Settings() => new() { LicenseFile = licenses.LicenseFile, LicenseKeyFile = licenses.KeyFile };

    private static KotsContext Load(KotsContextSettings settings) =>
        KotsContextLoader.TryLoad(settings, out var context, out var error) ? context : throw new InvalidOperationException(error);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
