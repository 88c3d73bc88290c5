using System.Text.Json.Nodes;

namespace Wharf.Proxy.Pull;

/// <summary>
/// Tag-list pagination of the distribution spec (<c>n</c>, <c>last</c>, <c>Link: rel="next"</c>) for upstreams that
/// ignore it (distribution 2.x returns every tag): tags are sorted, those after <c>last</c> kept, the first <c>n</c> returned.
/// </summary>
internal static class TagPager
{
    public static string Query(int? n, string? last)
    {
        var parts = new List<string>();
        if (n is { } count)
        {
            parts.Add("n=" + count);
        }

        if (!string.IsNullOrEmpty(last))
        {
            parts.Add("last=" + Uri.EscapeDataString(last));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>Applies the page to <paramref name="json"/>'s <c>tags</c>; returns the query of the next page, if any.</summary>
    public static string? Apply(JsonObject json, int? n, string? last)
    {
        if (json["tags"] is not JsonArray array)
        {
            return null;
        }

        var tags = array.Select(t => t?.GetValue<string>()).OfType<string>().Order(StringComparer.Ordinal)
            .Where(t => string.IsNullOrEmpty(last) || string.CompareOrdinal(t, last) > 0)
            .ToList();
        var page = n is { } count ? tags.Take(count).ToList() : tags;
        json["tags"] = new JsonArray(page.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray());
        return n is { } size && tags.Count > size && page.Count > 0 ? Query(size, page[^1]) : null;
    }
}
