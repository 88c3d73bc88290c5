namespace Wharf.Templating.Values;

/// <summary>
/// A Go <c>time.Time</c> as templates see it (what <c>now</c> returns): an instant with its zone, printed as Go's
/// <c>Time.String</c> does (<c>2006-01-02 15:04:05.999999999 -0700 MST</c>, without the monotonic-clock suffix).
/// </summary>
public sealed record GoTime(DateTimeOffset Value, string? ZoneName)
{
    /// <summary>Go's <c>time.Now()</c> in the machine's zone (UTC is named <c>UTC</c>).</summary>
    public static GoTime Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var local = clock.GetLocalNow();
        return new GoTime(local, local.Offset == TimeSpan.Zero && clock.LocalTimeZone.BaseUtcOffset == TimeSpan.Zero ? "UTC" : null);
    }

    /// <summary>The same instant in <paramref name="zone"/>.</summary>
    public GoTime In(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var converted = TimeZoneInfo.ConvertTime(Value, zone);
        return new GoTime(converted, zone == TimeZoneInfo.Utc || zone.Id is "UTC" or "Etc/UTC" ? "UTC" : null);
    }

    /// <summary>Formats with a Go layout.</summary>
    public string Format(string layout) => GoTimeLayout.Format(Value, layout, ZoneName);

    /// <inheritdoc/>
    public override string ToString() => Format("2006-01-02 15:04:05.999999999 -0700 MST");
}
