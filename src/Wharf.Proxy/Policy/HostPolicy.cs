using System.Collections.Concurrent;
using Wharf.Storage;

namespace Wharf.Proxy.Policy;

/// <summary>
/// Recognises the Host a request came in on (SPEC §2.2): the configured proxy domain or a registered custom domain;
/// ports are ignored. Lookups are cached briefly: they run on every request.
/// </summary>
public sealed class HostPolicy(IDomainStore store, TimeProvider time, string proxyDomain)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);
    private readonly string _proxyHost = StripPort(proxyDomain);
    private readonly ConcurrentDictionary<string, (HostMatch Match, DateTimeOffset Fetched)> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<HostMatch> MatchAsync(string hostHeader, CancellationToken ct)
    {
        var host = StripPort(hostHeader);
        if (host.Equals(_proxyHost, StringComparison.OrdinalIgnoreCase))
        {
            return HostMatch.ProxyDomain;
        }

        var now = time.GetUtcNow();
        if (_cache.TryGetValue(host, out var hit) && now - hit.Fetched < Freshness)
        {
            return hit.Match;
        }

        var domain = host.Length is > 0 and <= 253 ? await store.FindDomainAsync(host.ToLowerInvariant(), ct) : null;
        var match = domain is null ? HostMatch.Unknown : HostMatch.CustomDomain(domain.VendorId);
        if (_cache.Count > 10_000)
        {
            _cache.Clear();
        }

        _cache[host] = (match, now);
        return match;
    }

    /// <summary>Drops the cached answers (after a domain was added on this replica).</summary>
    public void Invalidate() => _cache.Clear();

    /// <summary>Host without its port; bracketed IPv6 literals keep their brackets.</summary>
    public static string StripPort(string hostAndPort)
    {
        if (hostAndPort.StartsWith('['))
        {
            var close = hostAndPort.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? hostAndPort[..(close + 1)] : hostAndPort;
        }

        var colon = hostAndPort.LastIndexOf(':');
        return colon >= 0 ? hostAndPort[..colon] : hostAndPort;
    }
}
