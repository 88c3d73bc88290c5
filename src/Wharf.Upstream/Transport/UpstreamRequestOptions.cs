namespace Wharf.Upstream.Transport;

/// <summary>What the transport handlers need to know about a request: which registry it is for and the scope to ask a token for.</summary>
internal static class UpstreamRequestOptions
{
    public static readonly HttpRequestOptionsKey<UpstreamEndpoint> Endpoint = new("wharf.upstream.endpoint");
    public static readonly HttpRequestOptionsKey<string> Scope = new("wharf.upstream.scope");
}
