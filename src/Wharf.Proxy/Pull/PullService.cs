using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wharf.Oci;
using Wharf.Proxy.Policy;
using Wharf.Upstream;
using Wharf.Upstream.Transport;

namespace Wharf.Proxy.Pull;

/// <summary>
/// The pull side of the proxy: asks the upstream for manifests, blobs, tags and referrers and hands back results
/// that are already checked (manifest digests) or ready to be streamed and checked (blobs). No caching yet (issue #5).
/// </summary>
public sealed class PullService(RegistryClient client)
{
    /// <summary>Manifests are read whole, under this cap (SPEC §4: oversized manifests are refused).</summary>
    public const int MaxManifestBytes = 4 * 1024 * 1024;

    private const int MaxSmallBodyBytes = 4 * 1024 * 1024;

    /// <summary>Upstream must answer with headers within this time (containerd itself gives up after 30 s).</summary>
    public static readonly TimeSpan HeadersTimeout = TimeSpan.FromSeconds(25);

    public async Task<ManifestResult> GetManifestAsync(
        UpstreamTarget target, string reference, bool headOnly, IReadOnlyList<string> accept, CancellationToken ct)
    {
        // References were validated by the caller: one that parses as a digest is a digest, anything else a tag.
        var isDigest = Digest.TryParse(reference, out var requested);
        var (response, failure) = await SendAsync(target, headOnly ? HttpMethod.Head : HttpMethod.Get, "manifests/" + reference, accept, null, ct);
        if (failure is not null)
        {
            return ManifestResult.Failed(failure);
        }

        using (response)
        {
            if (!response!.IsSuccessStatusCode)
            {
                return ManifestResult.Failed(UpstreamFailure.FromResponse(response, OciErrorCode.ManifestUnknown));
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (headOnly)
            {
                var digestHeader = response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.FirstOrDefault() : null;
                if (isDigest || Digest.TryParse(digestHeader, out _))
                {
                    var digest = isDigest ? requested : Digest.Parse(digestHeader!);
                    return new ManifestResult(null, null, mediaType, digest, response.Content.Headers.ContentLength ?? 0);
                }

                // The upstream did not say which digest the tag points at: fetch it and compute it ourselves.
                return await GetManifestAsync(target, reference, headOnly: false, accept, ct) is { Failure: null } full
                    ? full with { Content = null }
                    : ManifestResult.Failed(new UpstreamFailure(new OciError(OciErrorCode.UpstreamUnavailable, "upstream manifest lookup failed")));
            }

            byte[]? body;
            try
            {
                body = await BoundedBody.ReadAsync(response.Content, MaxManifestBytes, ct);
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                return ManifestResult.Failed(UpstreamFailure.FromException(e, timedOut: false));
            }

            if (body is null)
            {
                return ManifestResult.Failed(new UpstreamFailure(new OciError(OciErrorCode.ManifestInvalid, "manifest is larger than 4 MiB")));
            }

            var computed = isDigest ? Digest.FromHash(requested.Algorithm, HashOf(requested, body)) : Digest.ComputeSha256(body);
            if (isDigest && computed != requested)
            {
                return ManifestResult.Failed(new UpstreamFailure(new OciError(OciErrorCode.UpstreamUnavailable, "the upstream manifest does not match the requested digest")));
            }

            return new ManifestResult(null, body, mediaType ?? MediaTypeOf(body), computed, body.Length);
        }
    }

    public async Task<BlobResult> OpenBlobAsync(UpstreamTarget target, Digest digest, bool headOnly, string? range, CancellationToken ct)
    {
        var (response, failure) = await SendAsync(target, headOnly ? HttpMethod.Head : HttpMethod.Get, "blobs/" + digest, [], range, ct);
        if (failure is not null)
        {
            return BlobResult.Failed(failure);
        }

        if (response!.StatusCode is HttpStatusCode.OK or HttpStatusCode.PartialContent)
        {
            return BlobResult.From(response);
        }

        using (response)
        {
            return BlobResult.Failed(UpstreamFailure.FromResponse(response, OciErrorCode.BlobUnknown));
        }
    }

    /// <summary>
    /// Tag list with the upstream's name replaced by the proxied one, paginated by the upstream or, when it ignores
    /// <c>n</c>/<c>last</c>, by Wharf; the next page's query is returned for the caller to put in a <c>Link</c> header.
    /// </summary>
    public async Task<(byte[]? Body, string? NextQuery, UpstreamFailure? Failure)> ListTagsAsync(
        UpstreamTarget target, string proxiedName, int? n, string? last, CancellationToken ct)
    {
        var (response, failure) = await SendAsync(target, HttpMethod.Get, "tags/list" + TagPager.Query(n, last), [], null, ct);
        if (failure is not null)
        {
            return (null, null, failure);
        }

        using (response)
        {
            if (!response!.IsSuccessStatusCode)
            {
                return (null, null, UpstreamFailure.FromResponse(response, OciErrorCode.NameUnknown));
            }

            var body = await BoundedBody.ReadAsync(response.Content, MaxSmallBodyBytes, ct);
            if (body is null || JsonNode.Parse(body) is not JsonObject json)
            {
                return (null, null, new UpstreamFailure(new OciError(OciErrorCode.UpstreamUnavailable, "the upstream tag list is not valid")));
            }

            json["name"] = proxiedName;
            var next = NextQuery(response);
            if (next is null && (n is not null || !string.IsNullOrEmpty(last)))
            {
                next = TagPager.Apply(json, n, last);
            }

            return (JsonSerializer.SerializeToUtf8Bytes(json), next, null);
        }
    }

    /// <summary>Referrers pass through; an upstream without the API gets an empty OCI index (SPEC §2.1).</summary>
    public async Task<(byte[]? Body, string? MediaType, UpstreamFailure? Failure)> GetReferrersAsync(
        UpstreamTarget target, Digest digest, string query, CancellationToken ct)
    {
        var (response, failure) = await SendAsync(target, HttpMethod.Get, $"referrers/{digest}{query}", [MediaTypes.OciIndex], null, ct);
        if (failure is not null)
        {
            return (null, null, failure);
        }

        using (response)
        {
            if (response!.StatusCode == HttpStatusCode.NotFound)
            {
                return ("""{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}"""u8.ToArray(), MediaTypes.OciIndex, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                return (null, null, UpstreamFailure.FromResponse(response, OciErrorCode.NameUnknown));
            }

            var body = await BoundedBody.ReadAsync(response.Content, MaxSmallBodyBytes, ct);
            return body is null
                ? (null, null, new UpstreamFailure(new OciError(OciErrorCode.UpstreamUnavailable, "the upstream referrers index is too large")))
                : (body, response.Content.Headers.ContentType?.ToString() ?? MediaTypes.OciIndex, null);
        }
    }

    private async Task<(HttpResponseMessage? Response, UpstreamFailure? Failure)> SendAsync(
        UpstreamTarget target, HttpMethod method, string relativePath, IReadOnlyList<string> accept, string? range, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(HeadersTimeout);
        try
        {
            var response = await client.SendAsync(target.Endpoint, method, target.Repository, relativePath, headers =>
            {
                foreach (var a in accept)
                {
                    headers.Accept.ParseAdd(a);
                }

                if (range is not null)
                {
                    headers.TryAddWithoutValidation("Range", range);
                }
            }, timeout.Token);
            return (response, null);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            return (null, UpstreamFailure.FromException(e, timedOut: true));
        }
        catch (HttpRequestException e)
        {
            return (null, UpstreamFailure.FromException(e, timedOut: false));
        }
    }

    private static byte[] HashOf(Digest algorithmOf, byte[] body)
    {
        using var hasher = algorithmOf.CreateHasher();
        hasher.AppendData(body);
        return hasher.GetHashAndReset();
    }

    private static string MediaTypeOf(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body)?["mediaType"]?.GetValue<string>() ?? MediaTypes.OciManifest;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return MediaTypes.OciManifest;
        }
    }

    /// <summary>The query of an RFC 5988 <c>Link: &lt;/v2/x/tags/list?last=a&amp;n=1&gt;; rel="next"</c> header.</summary>
    private static string? NextQuery(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var links))
        {
            return null;
        }

        foreach (var link in links)
        {
            var open = link.IndexOf('<', StringComparison.Ordinal);
            var close = link.IndexOf('>', StringComparison.Ordinal);
            if (open >= 0 && close > open && link.Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                var target = link[(open + 1)..close];
                var q = target.IndexOf('?', StringComparison.Ordinal);
                return q >= 0 ? target[q..] : null;
            }
        }

        return null;
    }
}
