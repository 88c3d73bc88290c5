using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Wharf.Testing;

namespace Wharf.Kots.Tests.Support;

/// <summary>
/// <c>wharf webhook</c> running as a child process on 127.0.0.1 with a certificate made for the test, and an
/// <see cref="HttpClient"/> that trusts exactly that certificate (chain built against it as the only root, host
/// name checked), as the API server does with the configuration's <c>caBundle</c>.
/// </summary>
public sealed partial class WebhookServer : IAsyncLifetime
{
    private readonly TestLicenses licenses = new();
    private BackgroundProcess? process;

    public Uri Mutate { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string Log => process?.Output ?? string.Empty;

    public async Task InitializeAsync()
    {
        var (certificatePem, keyPem, certificate) = SelfSignedCertificate.Create();
        var certFile = licenses.Write("tls.crt", certificatePem);
        var keyFile = licenses.Write("tls.key", keyPem);
        process = WharfExe.Start(
            "webhook", "--listen", "127.0.0.1:0", "--tls-cert", certFile, "--tls-key", keyFile,
            "--license", licenses.LicenseFile, "--license-key", licenses.KeyFile, "--namespaces", "acme,tools",
            "--private-image", "quay.io/my-org/migrate", "--private-image", "quay.io/my-org/api",
            "--private-image", "reg.example.com:5000/tools/sidecar", "--private-image", "ghcr.io/my-org/debug");
        Match? ready = null;
        await Poll.UntilAsync(
            () => (ready = Listening().Match(process.StdOut)).Success || process.HasExited,
            TimeSpan.FromSeconds(30),
            "wharf webhook to listen",
            () => process.Output);
        if (!ready!.Success)
        {
            throw new InvalidOperationException("wharf webhook exited: " + process.Output);
        }

        Mutate = new Uri(ready.Groups["url"].Value);
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, presented, _, errors) =>
                {
                    if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0 || presented is not X509Certificate2 leaf)
                    {
                        return false;
                    }

                    using var chain = new X509Chain();
                    chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                    chain.ChainPolicy.CustomTrustStore.Add(certificate);
                    chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                    return chain.Build(leaf);
                },
            },
        };
        Client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (process is not null)
        {
            await process.DisposeAsync();
        }

        licenses.Dispose();
    }

    [GeneratedRegex(@"listening on (?<url>https://127\.0\.0\.1:\d+/mutate) ")]
    private static partial Regex Listening();
}
