using System.Collections.Concurrent;
using Wharf.Oci;
using Wharf.Storage;
using Wharf.Storage.Model;
using Wharf.Storage.Secrets;
using Wharf.Upstream;

namespace Wharf.Proxy.Policy;

/// <summary>
/// Maps <c>proxy/APP/UPSTREAM</c> to a registry linked to that app (SPEC §2.1, §2.2). Anything not linked is
/// DENIED before a single byte leaves the process: Wharf is never an open proxy.
/// </summary>
public sealed class UpstreamResolver(IRegistryStore store, SecretProtector secrets, TimeProvider time)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<long, (IReadOnlyList<ExternalRegistry> Registries, DateTimeOffset Fetched)> _cache = new();

    public async Task<(UpstreamTarget? Target, OciError? Error)> ResolveAsync(long appId, ProxyRepository repository, CancellationToken ct)
    {
        var registries = await RegistriesAsync(appId, ct);
        ExternalRegistry? match;
        string upstreamRepository;
        if (repository.Kind == UpstreamKind.Host)
        {
            match = FindByHost(registries, repository.Host!);
            upstreamRepository = repository.Repository!;
        }
        else if (repository.SlugRepository is { Length: > 0 } slugRepository
                 && registries.FirstOrDefault(r => string.Equals(r.Slug, repository.FirstSegment, StringComparison.Ordinal)) is { } bySlug)
        {
            match = bySlug;
            upstreamRepository = slugRepository;
        }
        else
        {
            match = FindByHost(registries, "docker.io");
            upstreamRepository = repository.DockerHubRepository!;
        }

        if (match is null)
        {
            return (null, new OciError(OciErrorCode.Denied, "the image's registry is not linked to this app"));
        }

        var credentials = match.Username is null || match.EncryptedPassword is null
            ? null
            : new UpstreamCredentials(match.Username, secrets.Unprotect(match.EncryptedPassword));
        return (new UpstreamTarget(match.Id, new UpstreamEndpoint(match.Host, match.PlainHttp, credentials), upstreamRepository), null);
    }

    public void Invalidate(long appId) => _cache.TryRemove(appId, out _);

    private static ExternalRegistry? FindByHost(IReadOnlyList<ExternalRegistry> registries, string host)
    {
        var wanted = NormaliseHost(host);
        return registries.FirstOrDefault(r => NormaliseHost(r.Host) == wanted);
    }

    private static string NormaliseHost(string host)
    {
        var lower = host.ToLowerInvariant();
        return lower is "index.docker.io" or "registry-1.docker.io" ? "docker.io" : lower;
    }

    private async Task<IReadOnlyList<ExternalRegistry>> RegistriesAsync(long appId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(appId, out var hit) && now - hit.Fetched < Freshness)
        {
            return hit.Registries;
        }

        var registries = await store.ListRegistriesAsync(appId, ct);
        _cache[appId] = (registries, now);
        return registries;
    }
}
