using System.Globalization;
using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's date functions over Go layouts (<see cref="GoTimeLayout"/>): <c>now</c>, <c>date</c>, <c>dateInZone</c>,
/// <c>htmlDate</c>, <c>htmlDateInZone</c>, <c>unixEpoch</c>. A date argument is a time (from <c>now</c>) or an integer
/// of Unix seconds, as Sprig accepts; anything else is the current time, as Sprig's type switch starts from it.
/// An unknown zone name is UTC, as Sprig falls back.
/// </summary>
internal static class SprigDates
{
    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("now", [], (_, _) => GoTime.Now(TimeProvider.System));
        b.Fixed("date", [ParamKind.String, Any], (_, a) => ToTime(a[1]).In(TimeZoneInfo.Local).Format((string)a[0]!));
        b.Fixed("dateInZone", [ParamKind.String, Any, ParamKind.String], (_, a) => ToTime(a[1]).In(Zone((string)a[2]!)).Format((string)a[0]!));
        b.Fixed("htmlDate", [Any], (_, a) => ToTime(a[0]).In(TimeZoneInfo.Local).Format("2006-01-02"));
        b.Fixed("htmlDateInZone", [Any, ParamKind.String], (_, a) => ToTime(a[0]).In(Zone((string)a[1]!)).Format("2006-01-02"));
        b.Fixed("unixEpoch", [Any], (_, a) => ToTime(a[0]).Value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
    }

    private static GoTime ToTime(object? value) => value switch
    {
        GoTime t => t,
        long seconds => new GoTime(DateTimeOffset.FromUnixTimeSeconds(seconds), "UTC"),
        int seconds => new GoTime(DateTimeOffset.FromUnixTimeSeconds(seconds), "UTC"),
        _ => GoTime.Now(TimeProvider.System),
    };

    private static TimeZoneInfo Zone(string name)
    {
        if (name == "Local")
        {
            return TimeZoneInfo.Local;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
