using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Wharf.Upstream.Transport;

/// <summary>
/// Authenticates requests to the upstream registry named in the request options: anonymous, Basic, or the Docker
/// bearer-challenge flow (SPEC §2.3). Credentials are only ever attached to requests for that registry's own
/// authority, so a redirect to blob storage never carries them.
/// </summary>
internal sealed class RegistryAuthHandler(TokenCache cache) : DelegatingHandler
{
    private const int MaxTokenResponseBytes = 64 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (!request.Options.TryGetValue(UpstreamRequestOptions.Endpoint, out var endpoint)
            || !string.Equals(request.RequestUri?.Authority, endpoint.ApiAuthority, StringComparison.OrdinalIgnoreCase))
        {
            return await base.SendAsync(request, ct);
        }

        request.Options.TryGetValue(UpstreamRequestOptions.Scope, out var scope);
        var key = TokenCache.Key(endpoint, scope);
        if (cache.GetToken(key) is { } cached)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", cached);
        }
        else if (endpoint.Credentials is { } creds && cache.UsesBasic(endpoint.ApiAuthority))
        {
            request.Headers.Authorization = creds.ToBasicHeader();
        }

        var response = await base.SendAsync(request, ct);
        if (response.StatusCode != HttpStatusCode.Unauthorized || AuthChallenge.From(response.Headers) is not { } challenge)
        {
            return response;
        }

        AuthenticationHeaderValue? retryWith = null;
        if (challenge.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            cache.ForgetToken(key);
            var token = await FetchTokenAsync(endpoint, challenge, scope, ct);
            if (token is not null)
            {
                cache.PutToken(key, token.Value.Token, token.Value.Lifetime);
                retryWith = new AuthenticationHeaderValue("Bearer", token.Value.Token);
            }
        }
        else if (endpoint.Credentials is { } creds && request.Headers.Authorization?.Scheme != "Basic")
        {
            cache.MarkBasic(endpoint.ApiAuthority);
            retryWith = creds.ToBasicHeader();
        }

        if (retryWith is null)
        {
            return response;
        }

        response.Dispose();
        request.Headers.Authorization = retryWith;
        return await base.SendAsync(request, ct);
    }

    /// <summary>Asks the challenge's realm for a token, with the linked credentials when there are any.</summary>
    private async Task<(string Token, TimeSpan Lifetime)?> FetchTokenAsync(
        UpstreamEndpoint endpoint, AuthChallenge challenge, string? scope, CancellationToken ct)
    {
        if (challenge["realm"] is not { } realm || !Uri.TryCreate(realm, UriKind.Absolute, out var realmUri)
            || (realmUri.Scheme != Uri.UriSchemeHttps && realmUri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var query = new List<string>();
        if (challenge["service"] is { } service)
        {
            query.Add("service=" + Uri.EscapeDataString(service));
        }

        if ((challenge["scope"] ?? scope) is { } s)
        {
            query.Add("scope=" + Uri.EscapeDataString(s));
        }

        var builder = new UriBuilder(realmUri);
        var existing = builder.Query.TrimStart('?');
        builder.Query = string.Join('&', new[] { existing }.Where(q => q.Length > 0).Concat(query));
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Get, builder.Uri);
        if (endpoint.Credentials is { } creds)
        {
            tokenRequest.Headers.Authorization = creds.ToBasicHeader();
        }

        using var response = await base.SendAsync(tokenRequest, ct);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await BoundedBody.ReadAsync(response.Content, MaxTokenResponseBytes, ct);
        if (body is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var token = root.TryGetProperty("token", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()
                : root.TryGetProperty("access_token", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()
                : null;
            var seconds = root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var n) && n > 0 ? n : 60;
            return string.IsNullOrEmpty(token) ? null : (token, TimeSpan.FromSeconds(seconds));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
