using Wharf.Storage.Model;

namespace Wharf.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>
    /// The same GROUP BY as <see cref="Sqlite.SqliteStore.SumEgressAsync"/> (see there for what counts as egress).
    /// PostgreSQL differences: sum(bigint) is numeric, so it is cast back; booleans are counted with FILTER; NULLs sort first as on SQLite.
    /// The SQL is assembled from fixed fragments only; every value is a parameter.
    /// </summary>
    public Task<IReadOnlyList<EgressRow>> SumEgressAsync(EgressQuery query, CancellationToken ct)
    {
        var byCustomer = query.GroupBy.HasFlag(EgressGrouping.Customer);
        var byImage = query.GroupBy.HasFlag(EgressGrouping.Image);
        string[] columns = ["app_slug", .. byCustomer ? ["license_id"] : Array.Empty<string>(), .. byImage ? ["image"] : Array.Empty<string>()];
        var groupBy = string.Join(", ", columns);

        // SQLite sorts NULL first; PostgreSQL would put it last.
        var tieBreak = string.Join(", ", columns.Select(c => c + " NULLS FIRST"));
        var sql = $"""
            SELECT app_slug, {(byCustomer ? "license_id, max(customer_name)" : "NULL, NULL")}, {(byImage ? "image" : "NULL")},
                   sum(bytes)::bigint,
                   count(*) FILTER (WHERE action = 'manifest' AND status BETWEEN 200 AND 299),
                   count(*) FILTER (WHERE action = 'blob' AND status BETWEEN 200 AND 299)
            FROM pull_log
            WHERE vendor_id = @v AND license_id IS NOT NULL AND action IN ('manifest', 'blob') AND (status < 400 OR bytes > 0)
              {(query.AppSlug is null ? "" : "AND app_slug = @a")}
              {(query.Since is null ? "" : "AND time >= @since")}
              {(query.Until is null ? "" : "AND time < @until")}
            GROUP BY {groupBy}
            ORDER BY sum(bytes) DESC, {tieBreak}
            """;
        return QueryAsync(
            sql,
            r => new EgressRow(
                r.IsDBNull(0) ? "" : r.GetString(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3),
                r.GetInt64(4), r.GetInt64(5), r.GetInt64(6)),
            ct,
            PgArg.Bigint("v", query.VendorId), PgArg.Text("a", query.AppSlug), PgArg.Time("since", query.Since), PgArg.Time("until", query.Until));
    }
}
