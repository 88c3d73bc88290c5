using System.Globalization;
using System.Text;

namespace Wharf.Installer.Yaml;

/// <summary>
/// go-yaml v3's timestamp recognition (layouts <c>2006-1-2T15:4:5.999999999Z07:00</c>, the same with
/// a lower-case <c>t</c>, <c>2006-1-2 15:4:5.999999999</c> and <c>2006-1-2</c>). kustomize turns such a
/// plain scalar into a time and prints it back as an RFC 3339 string (<c>2020-1-2</c> →
/// <c>2020-01-02T00:00:00Z</c>), so Wharf does the same to render what kustomize renders.
/// </summary>
internal static class GoTimestamp
{
    public static bool TryParse(string s, out string rfc3339)
    {
        rfc3339 = string.Empty;
        if (s.Length < 5 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[1]) || !char.IsAsciiDigit(s[2]) || !char.IsAsciiDigit(s[3]) || s[4] != '-')
        {
            return false;
        }

        var i = 5;
        var year = int.Parse(s.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (!Number(s, ref i, out var month) || !Literal(s, ref i, '-') || !Number(s, ref i, out var day))
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        var nanos = 0L;
        string? zone = "Z";
        if (i < s.Length)
        {
            var separator = s[i++];
            if (separator is not ('T' or 't' or ' '))
            {
                return false;
            }

            if (!Number(s, ref i, out hour) || !Literal(s, ref i, ':') || !Number(s, ref i, out minute) || !Literal(s, ref i, ':') || !Number(s, ref i, out second))
            {
                return false;
            }

            if (hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            if (i + 1 < s.Length && s[i] is '.' or ',' && char.IsAsciiDigit(s[i + 1]))
            {
                i++;
                var start = i;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }

                var frac = s.Substring(start, Math.Min(i - start, 9)).PadRight(9, '0');
                nanos = long.Parse(frac, CultureInfo.InvariantCulture);
            }

            if (separator == ' ')
            {
                zone = "Z";
            }
            else if (!Zone(s, ref i, out zone))
            {
                return false;
            }
        }

        if (i != s.Length)
        {
            return false;
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{minute:D2}:{second:D2}");
        if (nanos != 0)
        {
            sb.Append('.').Append(nanos.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
        }

        rfc3339 = sb.Append(zone).ToString();
        return true;
    }

    private static bool Number(string s, ref int i, out int value)
    {
        value = 0;
        var start = i;
        while (i < s.Length && i - start < 2 && char.IsAsciiDigit(s[i]))
        {
            value = (value * 10) + (s[i] - '0');
            i++;
        }

        return i > start;
    }

    private static bool Literal(string s, ref int i, char c)
    {
        if (i < s.Length && s[i] == c)
        {
            i++;
            return true;
        }

        return false;
    }

    private static bool Zone(string s, ref int i, out string zone)
    {
        zone = "Z";
        if (i < s.Length && s[i] == 'Z')
        {
            i++;
            return true;
        }

        if (i + 6 > s.Length || s[i] is not ('+' or '-') || s[i + 3] != ':'
            || !int.TryParse(s.AsSpan(i + 1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hh)
            || !int.TryParse(s.AsSpan(i + 4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var mm)
            || hh > 24 || mm > 59)
        {
            return false;
        }

        zone = hh == 0 && mm == 0 ? "Z" : s.Substring(i, 6);
        i += 6;
        return true;
    }
}
