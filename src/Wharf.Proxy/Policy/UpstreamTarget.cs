using Wharf.Upstream;

namespace Wharf.Proxy.Policy;

/// <summary>Where a proxied repository really lives: the linked registry's endpoint and the repository there.</summary>
public sealed record UpstreamTarget(long RegistryId, UpstreamEndpoint Endpoint, string Repository)
{
    /// <summary>Image name for logs and the pull log: <c>quay.io/org/api</c>.</summary>
    public string ImageName => $"{Endpoint.Host}/{Repository}";
}
