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
    private readonly ConcurrentDictionary<long, (IReadOnlyList<LinkedRegistry> Registries, DateTimeOffset Fetched)> _cache = new();

    /// <summary>A linked registry with its endpoint built once per refresh (the password is decrypted then, not per request).</summary>
    private sealed record LinkedRegistry(ExternalRegistry Record, UpstreamEndpoint Endpoint);

    public async Task<(UpstreamTarget? Target, OciError? Error)> ResolveAsync(long appId, ProxyRepository repository, CancellationToken ct)
    {
        var registries = await RegistriesAsync(appId, ct);
        LinkedRegistry? match;
        string upstreamRepository;
        if (repository.Kind == UpstreamKind.Host)
        {
            match = FindByHost(registries, repository.Host!);
            upstreamRepository = repository.Repository!;
        }
        else if (repository.SlugRepository is { Length: > 0 } slugRepository
                 && registries.FirstOrDefault(r => string.Equals(r.Record.Slug, repository.FirstSegment, StringComparison.Ordinal)) is { } bySlug)
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

        return (new UpstreamTarget(match.Record.Id, match.Endpoint, upstreamRepository), null);
    }

    public void Invalidate(long appId) => _cache.TryRemove(appId, out _);

    private static LinkedRegistry? FindByHost(IReadOnlyList<LinkedRegistry> registries, string host)
    {
        var wanted = NormaliseHost(host);
        return registries.FirstOrDefault(r => NormaliseHost(r.Record.Host) == wanted);
    }

    private static string NormaliseHost(string host)
    {
        var lower = host.ToLowerInvariant();
        return lower is "index.docker.io" or "registry-1.docker.io" ? "docker.io" : lower;
    }

    private async Task<IReadOnlyList<LinkedRegistry>> RegistriesAsync(long appId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(appId, out var hit) && now - hit.Fetched < Freshness)
        {
            return hit.Registries;
        }

        var registries = (await store.ListRegistriesAsync(appId, ct)).Select(r => new LinkedRegistry(r, new UpstreamEndpoint(
            r.Host, r.PlainHttp, r.Username is null || r.EncryptedPassword is null ? null : new UpstreamCredentials(r.Username, secrets.Unprotect(r.EncryptedPassword))))).ToList();
        _cache[appId] = (registries, now);
        return registries;
    }
}
