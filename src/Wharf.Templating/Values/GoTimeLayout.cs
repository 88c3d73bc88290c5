using System.Globalization;
using System.Text;

namespace Wharf.Templating.Values;

/// <summary>
/// Go's <c>time.Time.Format</c>: the layout is written in terms of the reference time
/// <c>Mon Jan 2 15:04:05 MST 2006</c> (<c>2006-01-02</c>, <c>15:04:05.000</c>, <c>Z07:00</c>, …), the chunks recognised
/// exactly as Go's <c>nextStdChunk</c> does; everything else is copied. A zone abbreviation (<c>MST</c>) is the zone's
/// name when known (<c>UTC</c>), else the numeric offset, as Go prints a zone without a name.
/// </summary>
public static class GoTimeLayout
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Go's <c>time.RFC3339</c>.</summary>
    public const string Rfc3339 = "2006-01-02T15:04:05Z07:00";

    /// <summary>Formats <paramref name="time"/> with the Go <paramref name="layout"/>; <paramref name="zoneName"/> prints for <c>MST</c>.</summary>
    public static string Format(DateTimeOffset time, string layout, string? zoneName = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var sb = new StringBuilder(layout.Length + 10);
        var i = 0;
        while (i < layout.Length)
        {
            var (chunk, length) = NextChunk(layout, i);
            if (chunk is null)
            {
                sb.Append(layout[i]);
                i++;
                continue;
            }

            Append(sb, time, chunk, layout.AsSpan(i, length), zoneName);
            i += length;
        }

        return sb.ToString();
    }

    /// <summary>The standard chunk starting at <paramref name="i"/>, or null when the character is literal text.</summary>
    private static (string? Chunk, int Length) NextChunk(string layout, int i)
    {
        bool At(string s) => string.CompareOrdinal(layout, i, s, 0, s.Length) == 0;
        var c = layout[i];
        switch (c)
        {
            case 'J' when At("January"): return ("January", 7);
            // "Jan" and "Mon" followed by a lower-case letter are words, not chunks ("Janu" stays).
            case 'J' when At("Jan") && !LowerAt(layout, i + 3): return ("Jan", 3);
            case 'M' when At("Monday"): return ("Monday", 6);
            case 'M' when At("Mon") && !LowerAt(layout, i + 3): return ("Mon", 3);
            case 'M' when At("MST"): return ("MST", 3);
            case '0' when At("002"): return ("002", 3);
            case '0' when i + 1 < layout.Length && layout[i + 1] is >= '1' and <= '6': return (layout.Substring(i, 2), 2);
            case '1' when At("15"): return ("15", 2);
            case '1': return ("1", 1);
            case '2' when At("2006"): return ("2006", 4);
            case '2': return ("2", 1);
            case '_' when At("_2006"): return (null, 1); // "_" then the year, as Go reads it
            case '_' when At("__2"): return ("__2", 3);
            case '_' when At("_2"): return ("_2", 2);
            case '3' or '4' or '5': return (c.ToString(), 1);
            case 'P' when At("PM"): return ("PM", 2);
            case 'p' when At("pm"): return ("pm", 2);
            case '-' or 'Z':
                foreach (var zone in (string[])["070000", "07:00:00", "0700", "07:00", "07"])
                {
                    if (string.CompareOrdinal(layout, i + 1, zone, 0, zone.Length) == 0)
                    {
                        return (c + zone, zone.Length + 1);
                    }
                }

                return (null, 1);
            case '.' or ',' when i + 1 < layout.Length && layout[i + 1] is '0' or '9':
                var digit = layout[i + 1];
                var j = i + 1;
                while (j < layout.Length && layout[j] == digit)
                {
                    j++;
                }

                // A fraction only when no digit follows the run (".000" yes, ".0001" no).
                return j < layout.Length && char.IsAsciiDigit(layout[j]) ? (null, 1) : (c.ToString() + digit, j - i);
            default:
                return (null, 1);
        }
    }

    private static bool LowerAt(string s, int i) => i < s.Length && char.IsAsciiLetterLower(s[i]);

    private static void Append(StringBuilder sb, DateTimeOffset t, string chunk, ReadOnlySpan<char> text, string? zoneName)
    {
        var inv = CultureInfo.InvariantCulture;
        var hour12 = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        switch (chunk)
        {
            case "January": sb.Append(Months[t.Month - 1]); break;
            case "Jan": sb.Append(Months[t.Month - 1].AsSpan(0, 3)); break;
            case "Monday": sb.Append(t.DayOfWeek.ToString()); break;
            case "Mon": sb.Append(t.DayOfWeek.ToString().AsSpan(0, 3)); break;
            case "MST": sb.Append(zoneName ?? Offset(t.Offset, "-0700")); break;
            case "01": sb.Append(t.Month.ToString("00", inv)); break;
            case "1": sb.Append(t.Month.ToString(inv)); break;
            case "02": sb.Append(t.Day.ToString("00", inv)); break;
            case "2": sb.Append(t.Day.ToString(inv)); break;
            case "_2": sb.Append(t.Day.ToString(inv).PadLeft(2)); break;
            case "002": sb.Append(t.DayOfYear.ToString("000", inv)); break;
            case "__2": sb.Append(t.DayOfYear.ToString(inv).PadLeft(3)); break;
            case "15": sb.Append(t.Hour.ToString("00", inv)); break;
            case "03": sb.Append(hour12.ToString("00", inv)); break;
            case "3": sb.Append(hour12.ToString(inv)); break;
            case "04": sb.Append(t.Minute.ToString("00", inv)); break;
            case "4": sb.Append(t.Minute.ToString(inv)); break;
            case "05": sb.Append(t.Second.ToString("00", inv)); break;
            case "5": sb.Append(t.Second.ToString(inv)); break;
            case "2006": sb.Append(t.Year.ToString("0000", inv)); break;
            case "06": sb.Append((t.Year % 100).ToString("00", inv)); break;
            case "PM": sb.Append(t.Hour >= 12 ? "PM" : "AM"); break;
            case "pm": sb.Append(t.Hour >= 12 ? "pm" : "am"); break;
            case ['Z', ..] when t.Offset == TimeSpan.Zero: sb.Append('Z'); break;
            case ['-' or 'Z', ..]: sb.Append(Offset(t.Offset, chunk[1..])); break;
            default: AppendFraction(sb, t, chunk[0], chunk[1] == '9', text.Length - 1); break;
        }
    }

    /// <summary><c>.000</c> always prints that many digits; <c>.999</c> drops trailing zeros, and the separator too when nothing is left.</summary>
    private static void AppendFraction(StringBuilder sb, DateTimeOffset t, char separator, bool trim, int digits)
    {
        var nanos = (t.Ticks % TimeSpan.TicksPerSecond) * 100;
        var text = nanos.ToString("000000000", CultureInfo.InvariantCulture)[..Math.Min(digits, 9)].PadRight(digits, '0');
        if (trim)
        {
            text = text.TrimEnd('0');
            if (text.Length == 0)
            {
                return;
            }
        }

        sb.Append(separator).Append(text);
    }

    /// <summary>The offset in the shape of <paramref name="shape"/> (<c>0700</c>, <c>07:00</c>, <c>07</c>, with seconds).</summary>
    private static string Offset(TimeSpan offset, string shape)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        var hh = ((int)abs.TotalHours).ToString("00", CultureInfo.InvariantCulture);
        var mm = abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
        var ss = abs.Seconds.ToString("00", CultureInfo.InvariantCulture);
        return shape switch
        {
            "070000" => $"{sign}{hh}{mm}{ss}",
            "07:00:00" => $"{sign}{hh}:{mm}:{ss}",
            "0700" or "-0700" => $"{sign}{hh}{mm}",
            "07:00" => $"{sign}{hh}:{mm}",
            _ => $"{sign}{hh}",
        };
    }
}
