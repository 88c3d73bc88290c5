namespace Wharf.Upstream;

/// <summary>
/// One upstream registry as Wharf reaches it: the host as linked (<c>quay.io</c>, <c>127.0.0.1:5001</c>, <c>docker.io</c>),
/// the scheme, and the credentials (null for an anonymous registry).
/// </summary>
public sealed record UpstreamEndpoint(string Host, bool PlainHttp, UpstreamCredentials? Credentials)
{
    /// <summary>The authority API requests go to: Docker Hub's API lives on registry-1.docker.io.</summary>
    public string ApiAuthority => Host is "docker.io" or "index.docker.io" ? "registry-1.docker.io" : Host;

    public Uri BaseUri => new($"{(PlainHttp ? "http" : "https")}://{ApiAuthority}/");

    /// <summary>The URL of a repository-relative API path, e.g. <c>manifests/v1</c>.</summary>
    public Uri RepositoryUri(string repository, string relativePath) => new(BaseUri, $"v2/{repository}/{relativePath}");
}
