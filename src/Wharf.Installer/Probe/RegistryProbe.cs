using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Wharf.Oci;
using Wharf.Upstream.Transport;

namespace Wharf.Installer.Probe;

/// <summary>
/// The private-image probe of SPEC §3.2: an anonymous <c>GET /v2/NAME/manifests/REF</c>, following a
/// Bearer challenge as a real client does (anonymous token from the realm, then the request again).
/// A manifest → public (a manifest list counts as public whatever platforms it lists); any other
/// answer or failure (401, 403, 404, DNS, TLS, refused, timeout) → private, since a firewalled
/// cluster may only reach the proxy. A response cut short is retried <see cref="RegistryProbeOptions.EofRetries"/> times.
/// Docker Hub is reached at <c>registry-1.docker.io</c>; loopback registries over plain HTTP (as
/// Docker allows for 127.0.0.0/8), everything else over HTTPS.
/// </summary>
public sealed class RegistryProbe : IImageProbe, IDisposable
{
    private static readonly string[] ManifestTypes =
    [
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
    ];

    private readonly HttpClient http;
    private readonly RegistryProbeOptions options;

    /// <summary>Creates a probe with its own connection pool.</summary>
    /// <param name="options">Timeouts and retries; defaults when null.</param>
    public RegistryProbe(RegistryProbeOptions? options = null)
        : this(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 5, UseCookies = false }, options)
    {
    }

    /// <summary>Creates a probe over <paramref name="handler"/> (disposed with the probe).</summary>
    public RegistryProbe(HttpMessageHandler handler, RegistryProbeOptions? options = null)
    {
        this.options = options ?? new RegistryProbeOptions();
        http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("wharf-installer", "1"));
    }

    /// <inheritdoc/>
    public async Task<ImageProbeResult> ProbeAsync(ImageReference image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await ProbeOnceAsync(image, deadline.Token);
            }
            catch (Exception e) when (IsCutShort(e) && !deadline.IsCancellationRequested)
            {
                if (attempt >= options.EofRetries)
                {
                    return ImageProbeResult.Private($"response cut short {attempt + 1} times");
                }

                try
                {
                    await Task.Delay(options.RetryDelay * (attempt + 1), deadline.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return ImageProbeResult.Private($"timed out after {options.Timeout.TotalSeconds:0.#} s");
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return ImageProbeResult.Private($"timed out after {options.Timeout.TotalSeconds:0.#} s");
            }
            catch (HttpRequestException e)
            {
                return ImageProbeResult.Private("unreachable: " + OneLine(e));
            }
            catch (IOException e)
            {
                return ImageProbeResult.Private("unreachable: " + OneLine(e));
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => http.Dispose();

    private async Task<ImageProbeResult> ProbeOnceAsync(ImageReference image, CancellationToken ct)
    {
        var host = image.IsDockerHub ? "registry-1.docker.io" : image.Registry;
        var scheme = IsLoopback(image.RegistryHost) ? "http" : "https";
        var reference = image.Digest?.ToString() ?? image.Tag ?? "latest";
        var url = new Uri($"{scheme}://{host}/v2/{image.Repository}/manifests/{reference}");

        using var first = await GetManifestAsync(url, null, ct);
        if (first.StatusCode == HttpStatusCode.Unauthorized && Bearer(first) is { } challenge)
        {
            var token = await FetchAnonymousTokenAsync(challenge, image.Repository, ct);
            if (token.Error is not null)
            {
                return ImageProbeResult.Private(token.Error);
            }

            using var second = await GetManifestAsync(url, token.Token, ct);
            return await ConcludeAsync(second, ct);
        }

        return await ConcludeAsync(first, ct);
    }

    private async Task<HttpResponseMessage> GetManifestAsync(Uri url, string? token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var type in ManifestTypes)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
    }

    /// <summary>Reads the whole manifest (bounded), so a response cut short is seen and retried.</summary>
    private async Task<ImageProbeResult> ConcludeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return ImageProbeResult.Private($"HTTP {(int)response.StatusCode}");
        }

        await ReadBoundedAsync(response, options.MaxManifestBytes, ct);
        return ImageProbeResult.Public("manifest found");
    }

    private async Task<(string? Token, string? Error)> FetchAnonymousTokenAsync(AuthenticationHeaderValue challenge, string repository, CancellationToken ct)
    {
        var parameters = AuthChallenge.ParseParameters(challenge.Parameter);
        if (!parameters.TryGetValue("realm", out var realm) || !Uri.TryCreate(realm, UriKind.Absolute, out var realmUri)
            || realmUri.Scheme is not ("http" or "https"))
        {
            return (null, "Bearer challenge without a usable realm");
        }

        var query = new List<string>();
        if (parameters.TryGetValue("service", out var service))
        {
            query.Add("service=" + Uri.EscapeDataString(service));
        }

        query.Add("scope=" + Uri.EscapeDataString($"repository:{repository}:pull"));
        var separator = string.IsNullOrEmpty(realmUri.Query) ? "?" : "&";
        using var response = await http.GetAsync(new Uri(realmUri + separator + string.Join('&', query)), HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            return (null, $"anonymous token refused: HTTP {(int)response.StatusCode}");
        }

        var body = await ReadBoundedAsync(response, 64 * 1024, ct);
        try
        {
            using var json = JsonDocument.Parse(body);
            foreach (var name in (string[])["token", "access_token"])
            {
                if (json.RootElement.ValueKind == JsonValueKind.Object
                    && json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                    && value.GetString() is { Length: > 0 } token)
                {
                    return (token, null);
                }
            }
        }
        catch (JsonException)
        {
        }

        return (null, "anonymous token response has no token");
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, int max, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while (buffer.Length < max && (read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static AuthenticationHeaderValue? Bearer(HttpResponseMessage response) =>
        response.Headers.WwwAuthenticate.FirstOrDefault(h => h.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase));

    private static bool IsCutShort(Exception e) => e switch
    {
        HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded } => true,
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => true,
        HttpRequestException { InnerException: { } inner } => IsCutShort(inner),
        IOException { InnerException: { } inner } => IsCutShort(inner),
        _ => false,
    };

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static string OneLine(Exception e)
    {
        var message = e.InnerException is { } inner && inner.Message.Length > 0 ? inner.Message : e.Message;
        return message.ReplaceLineEndings(" ");
    }
}
