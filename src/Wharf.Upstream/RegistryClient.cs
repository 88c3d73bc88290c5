using System.Net.Http.Headers;
using Wharf.Upstream.Transport;

namespace Wharf.Upstream;

/// <summary>
/// The HTTP client for upstream registries: one pooled connection handler wrapped in small layers
/// (redirects without credentials → registry auth → sockets), modelled on go-containerregistry's transport.
/// Responses are returned as soon as headers arrive; bodies are the caller's to stream and dispose.
/// </summary>
public sealed class RegistryClient : IDisposable
{
    private static readonly ProductInfoHeaderValue UserAgent = new("wharf", "0.1");
    private readonly HttpMessageInvoker _invoker;

    public RegistryClient(TimeProvider time, HttpMessageHandler? transport = null)
    {
        transport ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(60),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var auth = new RegistryAuthHandler(new TokenCache(time)) { InnerHandler = transport };
        _invoker = new HttpMessageInvoker(new SafeRedirectHandler { InnerHandler = auth }, disposeHandler: true);
    }

    /// <summary>
    /// Sends <paramref name="method"/> to <c>/v2/{repository}/{relativePath}</c> on the endpoint, authenticating for
    /// <c>repository:{repository}:pull</c>.
    /// </summary>
    public Task<HttpResponseMessage> SendAsync(
        UpstreamEndpoint endpoint,
        HttpMethod method,
        string repository,
        string relativePath,
        Action<HttpRequestHeaders>? configure,
        CancellationToken ct)
    {
        var request = new HttpRequestMessage(method, endpoint.RepositoryUri(repository, relativePath));
        request.Headers.UserAgent.Add(UserAgent);
        configure?.Invoke(request.Headers);
        request.Options.Set(UpstreamRequestOptions.Endpoint, endpoint);
        request.Options.Set(UpstreamRequestOptions.Scope, $"repository:{repository}:pull");
        return _invoker.SendAsync(request, ct);
    }

    /// <summary>Checks that the registry answers and accepts the credentials (the admin "test connection").</summary>
    public async Task<HttpResponseMessage> PingAsync(UpstreamEndpoint endpoint, string? repository, CancellationToken ct)
    {
        var uri = repository is null ? new Uri(endpoint.BaseUri, "v2/") : endpoint.RepositoryUri(repository, "tags/list?n=1");
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.UserAgent.Add(UserAgent);
        request.Options.Set(UpstreamRequestOptions.Endpoint, endpoint);
        if (repository is not null)
        {
            request.Options.Set(UpstreamRequestOptions.Scope, $"repository:{repository}:pull");
        }

        return await _invoker.SendAsync(request, ct);
    }

    public void Dispose() => _invoker.Dispose();
}
