using Wharf.Storage.Model;

namespace Wharf.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>
    /// One GROUP BY over the pull log. Egress is what reached the customer: manifest and blob bytes, aborted
    /// blobs included (their bytes did leave); auth, HEAD, tags and referrers carry no image content. Rows of
    /// refused requests (4xx/5xx, no bytes) are left out so a customer who was only refused has no row.
    /// The SQL is assembled from fixed fragments only; every value is a parameter.
    /// </summary>
    public Task<IReadOnlyList<EgressRow>> SumEgressAsync(EgressQuery query, CancellationToken ct)
    {
        var byCustomer = query.GroupBy.HasFlag(EgressGrouping.Customer);
        var byImage = query.GroupBy.HasFlag(EgressGrouping.Image);
        var groupBy = "app_slug" + (byCustomer ? ", license_id" : "") + (byImage ? ", image" : "");
        var sql = $"""
            SELECT app_slug, {(byCustomer ? "license_id, max(customer_name)" : "NULL, NULL")}, {(byImage ? "image" : "NULL")},
                   sum(bytes), sum(action = 'manifest' AND status BETWEEN 200 AND 299), sum(action = 'blob' AND status BETWEEN 200 AND 299)
            FROM pull_log
            WHERE vendor_id = $v AND license_id IS NOT NULL AND action IN ('manifest', 'blob') AND (status < 400 OR bytes > 0)
              {(query.AppSlug is null ? "" : "AND app_slug = $a")}
              {(query.Since is null ? "" : "AND time >= $since")}
              {(query.Until is null ? "" : "AND time < $until")}
            GROUP BY {groupBy}
            ORDER BY sum(bytes) DESC, {groupBy}
            """;
        return QueryAsync(
            sql,
            r => new EgressRow(
                r.IsDBNull(0) ? "" : r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3),
                r.GetInt64(4), r.GetInt64(5), r.GetInt64(6)),
            ct,
            ("$v", query.VendorId), ("$a", query.AppSlug),
            ("$since", query.Since is { } since ? ToUnixMs(since) : null), ("$until", query.Until is { } until ? ToUnixMs(until) : null));
    }
}
