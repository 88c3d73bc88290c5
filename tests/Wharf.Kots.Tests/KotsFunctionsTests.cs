using System.Text;
using Wharf.Kots.Tests.Support;

namespace Wharf.Kots.Tests;

/// <summary>
/// The KOTS template functions of SPEC §3.5 through the real template engine, including the examples of
/// the KOTS documentation (issue #4, "done means" 1), proxy mode and local-registry mode.
/// </summary>
public sealed class KotsFunctionsTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public static TheoryData<string, string, string> Cases => new()
    {
        // The documented registry / repository values (template-functions-config-context, helm-native-v2-using).
        { "proxy", "'{{repl HasLocalRegistry | ternary LocalRegistryHost \"images.mycompany.com\" }}'", "'images.mycompany.com'" },
        { "local", "'{{repl HasLocalRegistry | ternary LocalRegistryHost \"images.mycompany.com\" }}'", "'registry.somebigbank.com'" },
        { "proxy", "'{{repl HasLocalRegistry | ternary LocalRegistryNamespace \"proxy/my-app/quay.io/my-org\" }}/nginx'", "'proxy/my-app/quay.io/my-org/nginx'" },
        { "local", "'{{repl HasLocalRegistry | ternary LocalRegistryNamespace \"proxy/my-app/quay.io/my-org\" }}/nginx'", "'my-app/nginx'" },
        { "proxy", "- name: '{{repl ImagePullSecretName }}'", "- name: 'my-app-registry'" },
        { "local", "- name: repl{{ ImagePullSecretName }}", "- name: my-app-registry" },
        { "proxy", "when: 'repl{{ HasLocalRegistry }}'", "when: 'false'" },
        { "local", "when: 'repl{{ HasLocalRegistry }}'", "when: 'true'" },
        { "proxy", "{{repl LocalRegistryHost }}|{{repl LocalRegistryNamespace }}|{{repl LocalRegistryAddress }}", "||" },
        { "local", "{{repl LocalRegistryHost }}|{{repl LocalRegistryNamespace }}|{{repl LocalRegistryAddress }}", "registry.somebigbank.com|my-app|registry.somebigbank.com/my-app" },

        // LocalImageName: private, public, digest-pinned, ports, already proxied, registry domain, local registry.
        { "proxy", "{{repl LocalImageName \"quay.io/my-org/api:v1.0.1\" }}", "proxy.example.com/proxy/my-app/quay.io/my-org/api:v1.0.1" },
        { "proxy", "{{repl LocalImageName \"quay.io/my-org/api\" }}", "proxy.example.com/proxy/my-app/quay.io/my-org/api:latest" },
        { "proxy", $"{{{{repl LocalImageName \"quay.io/my-org/api@{Digest}\" }}}}", $"proxy.example.com/proxy/my-app/quay.io/my-org/api@{Digest}" },
        { "proxy", $"{{{{repl LocalImageName \"quay.io/my-org/api:v1@{Digest}\" }}}}", $"proxy.example.com/proxy/my-app/quay.io/my-org/api@{Digest}" },
        { "proxy", "{{repl LocalImageName \"reg.example.com:5000/ns/img:t\" }}", "proxy.example.com/proxy/my-app/reg.example.com_5000/ns/img:t" },
        { "proxy", "{{repl LocalImageName \"elasticsearch:7.6.0\" }}", "elasticsearch:7.6.0" },
        { "proxy", "{{repl LocalImageName \"docker.io/library/nginx:1\" }}", "docker.io/library/nginx:1" },
        { "proxy", "{{repl LocalImageName \"bitnami/redis:7\" }}", "proxy.example.com/proxy/my-app/bitnami/redis:7" },
        { "proxy", "{{repl LocalImageName \"proxy.example.com/proxy/my-app/quay.io/x/y:1\" }}", "proxy.example.com/proxy/my-app/quay.io/x/y:1" },
        { "proxy", "{{repl LocalImageName \"registry.example.com/my-app/my-image:abcdef\" }}", "registry.example.com/my-app/my-image:abcdef" },
        { "local", "{{repl LocalImageName \"elasticsearch:7.6.0\" }}", "registry.somebigbank.com/my-app/elasticsearch:7.6.0" },
        { "local", "{{repl LocalImageName \"quay.io/orgname/private-image:v1.2.3\" }}", "registry.somebigbank.com/my-app/private-image:v1.2.3" },
        { "local", $"{{{{repl LocalImageName \"quay.io/org/api:v1@{Digest}\" }}}}", $"registry.somebigbank.com/my-app/api@{Digest}" },
        { "local", "{{repl LocalImageName \"quay.io/org/api\" }}", "registry.somebigbank.com/my-app/api:latest" },
        { "local", "{{repl LocalImageName \"registry.replicated.com/my-app/my-image:abcdef\" }}", "registry.somebigbank.com/my-app/my-image:abcdef" },
        { "local-root", "{{repl LocalImageName \"quay.io/org/api:2\" }}", "registry.somebigbank.com/api:2" },

        // ReplicatedImageName / ReplicatedImageRegistry.
        { "proxy", "{{repl ReplicatedImageName \"ghcr.io/myorg/init:1.4.0\" }}", "proxy.example.com/proxy/my-app/ghcr.io/myorg/init:1.4.0" },
        { "proxy", "{{repl ReplicatedImageName \"ghcr.io/myorg/init\" }}", "proxy.example.com/proxy/my-app/ghcr.io/myorg/init" },
        { "proxy", "{{repl ReplicatedImageName \"nginx:1\" true }}", "nginx:1" },
        { "proxy", "{{repl ReplicatedImageName \"proxy.example.com/proxy/my-app/ghcr.io/a/b:1\" }}", "proxy.example.com/proxy/my-app/ghcr.io/a/b:1" },
        { "local", "{{repl ReplicatedImageName \"ghcr.io/myorg/init:1.4.0\" true }}", "registry.somebigbank.com/my-app/init:1.4.0" },
        { "proxy", "{{repl ReplicatedImageRegistry \"ghcr.io\" }}", "proxy.example.com/proxy/my-app/ghcr.io" },
        { "proxy", "{{repl ReplicatedImageRegistry \"reg.example.com:5000\" }}", "proxy.example.com/proxy/my-app/reg.example.com_5000" },
        { "proxy", "{{repl ReplicatedImageRegistry \"docker.io\" true }}", "docker.io" },
        { "proxy", "{{repl ReplicatedImageRegistry \"proxy.example.com\" }}", "proxy.example.com" },
        { "local", "{{repl ReplicatedImageRegistry \"ghcr.io\" }}", "registry.somebigbank.com/my-app" },

        // License, namespace and config.
        { "proxy", "{{repl LicenseFieldValue \"customerName\" }}/{{repl LicenseFieldValue \"seats\" }}/{{repl LicenseFieldValue \"nope\" }}.", "Acme Corp/25/." },
        { "proxy", "ns={{repl Namespace }}", "ns=acme" },
        { "proxy", "enabled: repl{{ ConfigOptionEquals `postgres_type` `embedded_postgres`}}", "enabled: true" },
        { "proxy", "enabled: repl{{ ConfigOptionNotEquals `postgres_type` `embedded_postgres`}}", "enabled: false" },
        { "proxy", "host: {{repl ConfigOption \"hostname\" }} replicas: {{repl ConfigOption \"replicas\" }} x: '{{repl ConfigOption \"missing\" }}'", "host: app.example.com replicas: 3 x: ''" },
        { "proxy", "{{repl ConfigOptionData \"tls_cert\" | trim }} {{repl ConfigOptionFilename \"tls_cert\" }}", "-----BEGIN\ncert\n-----END tls.crt" },
        { "proxy", "{{repl if ConfigOptionEquals \"replicas\" \"3\" }}ha{{repl else }}single{{repl end }}", "ha" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryRender_KotsFunction_GivesDocumentedResult(string mode, string template, string expected)
    {
        var ok = KotsTemplate.TryRender(template, "t.yaml", Context(mode), out var output, out var error);

        Assert.True(ok, error?.ToString());
        Assert.Equal(expected, output);
    }

    [Fact]
    public void LocalImageName_KotsDocumentationExample_ProxiedUnderAppSlug()
    {
        // docs.replicated.com, LocalImageName: quay.io/orgname/private-image:v1.2.3 →
        // proxy.replicated.com/proxy/app-name/quay.io/orgname/private-image:v1.2.3
        var context = new KotsContext { AppSlug = "app-name", ProxyHost = "proxy.replicated.com" };

        Assert.True(KotsImages.TryLocalImageName(context, "quay.io/orgname/private-image:v1.2.3", out var name, out var error), error);
        Assert.Equal("proxy.replicated.com/proxy/app-name/quay.io/orgname/private-image:v1.2.3", name);
    }

    [Fact]
    public void LicenseDockerCfg_ProxyAndRegistry_ByteExactJson()
    {
        var json = Decode(Render("{{repl LicenseDockerCfg }}", Contexts.Proxy()));

        Assert.Equal(
            $"{{\"auths\":{{\"proxy.example.com\":{{\"auth\":\"{Contexts.LicenseAuth}\"}},\"registry.example.com\":{{\"auth\":\"{Contexts.LicenseAuth}\"}}}}}}",
            json);
    }

    [Fact]
    public void LicenseDockerCfg_NoRegistryDomain_ProxyHostAlone()
    {
        var json = Decode(Render("{{repl LicenseDockerCfg }}", Contexts.Proxy(registryHost: null)));

        Assert.Equal($"{{\"auths\":{{\"proxy.example.com\":{{\"auth\":\"{Contexts.LicenseAuth}\"}}}}}}", json);
    }

    [Fact]
    public void LicenseDockerCfg_LocalRegistry_StillProxyMode()
    {
        var json = Decode(Render("{{repl LicenseDockerCfg }}", Contexts.Local()));

        Assert.Contains("\"proxy.example.com\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("somebigbank", json, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalRegistryImagePullSecret_ProxyMode_SameAsLicenseDockerCfg()
    {
        var context = Contexts.Proxy();

        Assert.Equal(Render("{{repl LicenseDockerCfg }}", context), Render("{{repl LocalRegistryImagePullSecret }}", context));
    }

    [Fact]
    public void LocalRegistryImagePullSecret_LocalRegistry_OnlyThatRegistryWithItsCredentials()
    {
        var json = Decode(Render("{{repl LocalRegistryImagePullSecret }}", Contexts.Local()));

        // base64("admin:s3cret") = YWRtaW46czNjcmV0 (coreutils base64).
        Assert.Equal("{\"auths\":{\"registry.somebigbank.com\":{\"auth\":\"YWRtaW46czNjcmV0\"}}}", json);
    }

    [Fact]
    public void LocalRegistryImagePullSecret_AnonymousLocalRegistry_EmptyAuths()
    {
        var context = Contexts.Proxy() with { LocalRegistry = new LocalRegistry { Host = "registry.local:5000" } };

        Assert.Equal("{\"auths\":{}}", Decode(Render("{{repl LocalRegistryImagePullSecret }}", context)));
    }

    [Fact]
    public void ImagePullSecretName_NoApp_Empty()
    {
        Assert.Equal("[]", Render("[{{repl ImagePullSecretName }}]", new KotsContext { AppSlug = "" }));
    }

    [Theory]
    [InlineData("{{repl Nope }}", "t.yaml:1:8: function \"Nope\" not defined")]
    [InlineData("a: 1\nb: repl{{ LocalImageName }}", "t.yaml:2:11: wrong number of args for LocalImageName: want 1 got 0")]
    [InlineData("{{repl ConfigOptionEquals \"a\" }}", "t.yaml:1:8: wrong number of args for ConfigOptionEquals: want 2 got 1")]
    [InlineData("{{repl ReplicatedImageName \"a\" true false }}", "t.yaml:1:8: wrong number of args for ReplicatedImageName: want at most 2 got 3")]
    [InlineData("a: 1\nx: {{repl ImagePullSecretName", "t.yaml:2:4: unclosed action")]
    [InlineData("{{repl ReplicatedImageName \"UPPER/Case:1\" }}", "t.yaml:1:8: error calling ReplicatedImageName: invalid image reference \"UPPER/Case:1\": ")]
    [InlineData("{{repl ReplicatedImageName \"a:1\" \"yes\" }}", "t.yaml:1:8: error calling ReplicatedImageName: noProxy must be true or false, not yes")]
    [InlineData("{{repl LocalImageName 5 }}", "t.yaml:1:23: expected string; found 5")]
    public void TryRender_BadTemplate_OneLineLocatedError(string template, string expectedStart)
    {
        Assert.False(KotsTemplate.TryRender(template, "t.yaml", Contexts.Proxy(), out var output, out var error));
        Assert.Null(output);
        Assert.StartsWith(expectedStart, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.ToString());
    }

    [Fact]
    public void LocalImageName_NoProxyDomain_ErrorSaysHowToFix()
    {
        var context = Contexts.Proxy() with { ProxyHost = null };

        Assert.False(KotsTemplate.TryRender("{{repl LocalImageName \"quay.io/a/b:1\" }}", "t", context, out _, out var error));
        Assert.Equal("t:1:8: error calling LocalImageName: no proxy domain is configured (pass --proxy-domain or use a license that names one)", error.ToString());
    }

    [Fact]
    public void Names_AllRegistered()
    {
        var functions = KotsFunctions.Create(Contexts.Proxy());

        Assert.All(KotsFunctions.Names, name => Assert.True(functions.Contains(name), name));
        Assert.Equal(KotsFunctions.Names.Count, functions.Names.Count);
    }

    internal static KotsContext Context(string mode) => mode switch
    {
        "proxy" => Contexts.Proxy(),
        "local" => Contexts.Local(),
        "local-root" => Contexts.Local(ns: null),
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    private static string Render(string template, KotsContext context) =>
        KotsTemplate.TryRender(template, "t", context, out var output, out var error) ? output : throw new InvalidOperationException(error.ToString());

    private static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));
}
