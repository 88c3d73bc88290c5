using System.Net;

namespace Wharf.Upstream.Transport;

/// <summary>
/// Follows redirects of GET/HEAD requests (registries send blob downloads to object storage), at most
/// <see cref="MaxHops"/> times. The new request is built fresh, so no Authorization header is copied; the auth
/// handler below only authenticates requests to the registry's own authority (SPEC §2.3).
/// </summary>
internal sealed class SafeRedirectHandler : DelegatingHandler
{
    public const int MaxHops = 5;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        for (var hop = 0; hop < MaxHops && IsRedirect(response.StatusCode) && response.Headers.Location is { } location; hop++)
        {
            if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head)
            {
                break;
            }

            var target = location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location);
            if (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp)
            {
                break;
            }

            var next = new HttpRequestMessage(request.Method, target);
            foreach (var header in request.Headers)
            {
                if (!header.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
                {
                    next.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            foreach (var option in request.Options)
            {
                ((IDictionary<string, object?>)next.Options)[option.Key] = option.Value;
            }

            response.Dispose();
            request = next;
            response = await base.SendAsync(request, ct);
        }

        return response;
    }

    private static bool IsRedirect(HttpStatusCode code) =>
        code is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
