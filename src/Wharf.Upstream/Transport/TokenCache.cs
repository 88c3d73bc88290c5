using System.Collections.Concurrent;

namespace Wharf.Upstream.Transport;

/// <summary>
/// Upstream bearer tokens by (registry, user, scope), kept until shortly before they expire (SPEC §2.3), and
/// the registries known to want Basic auth, so later requests authenticate without a 401 round trip.
/// </summary>
internal sealed class TokenCache(TimeProvider time)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Expires)> _tokens = new();
    private readonly ConcurrentDictionary<string, bool> _basicHosts = new();

    public static string Key(UpstreamEndpoint endpoint, string? scope) =>
        $"{endpoint.ApiAuthority}\n{endpoint.Credentials?.Username}\n{scope}";

    public string? GetToken(string key) =>
        _tokens.TryGetValue(key, out var entry) && entry.Expires > time.GetUtcNow() ? entry.Token : null;

    public void PutToken(string key, string token, TimeSpan lifetime)
    {
        var usable = lifetime > Margin * 2 ? lifetime - Margin : lifetime / 2;
        _tokens[key] = (token, time.GetUtcNow() + usable);
    }

    public void ForgetToken(string key) => _tokens.TryRemove(key, out _);

    public bool UsesBasic(string authority) => _basicHosts.ContainsKey(authority);

    public void MarkBasic(string authority) => _basicHosts[authority] = true;
}
