using System.Text;
using Wharf.Kots.Tests.Support;
using Wharf.Kots.Yaml;

namespace Wharf.Kots.Tests;

/// <summary>
/// The MutatingWebhookConfiguration (SPEC §3.6) and the <c>wharf webhook</c> command's start-up errors.
/// </summary>
public sealed class WebhookManifestTests : IDisposable
{
    private static readonly string CaPem = SelfSignedCertificate.Create().CertificatePem;
    private readonly TestLicenses files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void TryWrite_Service_ManifestAsKubernetesExpectsIt()
    {
        var settings = new WebhookManifestSettings { ServiceName = "wharf-webhook", ServiceNamespace = "acme", CaBundlePem = CaPem };

        Assert.True(MutatingWebhookManifest.TryWrite(settings, out var yaml, out var error), error);

        var expected = $"""
            apiVersion: admissionregistration.k8s.io/v1
            kind: MutatingWebhookConfiguration
            metadata:
              name: wharf-wharf-webhook-acme
            webhooks:
              - name: pods.wharf-webhook.acme.svc
                admissionReviewVersions:
                  - v1
                sideEffects: None
                failurePolicy: Ignore
                reinvocationPolicy: IfNeeded
                timeoutSeconds: 5
                clientConfig:
                  service:
                    name: wharf-webhook
                    namespace: acme
                    path: /mutate
                    port: 443
                  caBundle: {CaBundleScalar()}
                rules:
                  - apiGroups:
                      - ""
                    apiVersions:
                      - v1
                    operations:
                      - CREATE
                    resources:
                      - pods
                    scope: Namespaced
                  - apiGroups:
                      - ""
                    apiVersions:
                      - v1
                    operations:
                      - UPDATE
                    resources:
                      - pods/ephemeralcontainers
                    scope: Namespaced

            """;
        Assert.Equal(expected, yaml);
    }

    [Fact]
    public void TryWrite_Namespaces_SelectorByNamespaceName()
    {
        var settings = new WebhookManifestSettings { ServiceName = "w", ServiceNamespace = "acme", CaBundlePem = CaPem, Namespaces = ["acme", "tools"], ServicePort = 8443 };

        Assert.True(MutatingWebhookManifest.TryWrite(settings, out var yaml, out var error), error);

        Assert.EndsWith(
            "    namespaceSelector:\n      matchExpressions:\n        - key: kubernetes.io/metadata.name\n          operator: In\n          values:\n            - acme\n            - tools\n",
            yaml,
            StringComparison.Ordinal);
        Assert.Contains("        port: 8443\n", yaml, StringComparison.Ordinal);
        Assert.True(YamlReader.TryRead(yaml, "m.yaml", out _, out error), error);
    }

    [Theory]
    [InlineData("Bad_Name", "acme", "service name 'Bad_Name' is not a DNS label")]
    [InlineData("w", "-acme", "namespace '-acme' is not a DNS label")]
    [InlineData("w", "acme", "the CA bundle is not a PEM certificate", "not a pem")]
    public void TryWrite_BadInput_OneLineError(string service, string ns, string expected, string? ca = null)
    {
        var settings = new WebhookManifestSettings { ServiceName = service, ServiceNamespace = ns, CaBundlePem = ca ?? CaPem };

        Assert.False(MutatingWebhookManifest.TryWrite(settings, out _, out var error));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebhookManifest_Command_PrintsTheManifest()
    {
        var ca = files.Write("ca.pem", CaPem);

        var run = await WharfExe.RunAsync("webhook", "manifest", "--service", "wharf-webhook", "--namespace", "acme", "--ca-bundle", ca, "--namespaces", "acme,tools");

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.StartsWith("apiVersion: admissionregistration.k8s.io/v1\nkind: MutatingWebhookConfiguration\n", run.StdOut, StringComparison.Ordinal);
        Assert.Contains($"caBundle: {CaBundleScalar()}\n", run.StdOut, StringComparison.Ordinal);
        Assert.Contains("            - tools\n", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_BadCertificate_CannotStartOneLine()
    {
        var bad = files.Write("bad.pem", "nope");

        var run = await WharfExe.RunAsync("webhook", "--listen", "127.0.0.1:0", "--tls-cert", bad, "--tls-key", bad, "--license", files.LicenseFile, "--license-key", files.KeyFile);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: cannot start: ", run.StdErr, StringComparison.Ordinal);
        Assert.Single(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Webhook_NoLicenseKey_Refused()
    {
        var run = await WharfExe.RunAsync("webhook", "--listen", "127.0.0.1:0", "--tls-cert", "c", "--tls-key", "k", "--license", files.LicenseFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: no license key: pass --license-key FILE (an unverified license is never used)\n", run.StdErr);
    }

    [Fact]
    public async Task Webhook_MissingListen_BadUsage()
    {
        var run = await WharfExe.RunAsync("webhook", "--license", files.LicenseFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--listen", run.StdErr, StringComparison.Ordinal);
    }

    private static string CaBundleScalar()
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(CaPem));
        return PlainStrings.IsSafe(base64) ? base64 : $"\"{base64}\"";
    }
}
