using System.Globalization;

namespace Wharf.Server.Registry;

/// <summary>
/// Parses <c>Range: bytes=…</c> (RFC 9110 §14.1.2) against a known length: <c>a-b</c>, <c>a-</c> and suffix <c>-n</c>,
/// comma-separated. Returns null for a header it does not understand (serve the whole blob, as RFC 9110 allows)
/// and an empty list when no range is satisfiable (416).
/// </summary>
internal static class ByteRanges
{
    private const int MaxRanges = 32;

    public static List<(long Start, long End)>? Parse(string? header, long length)
    {
        if (header is null || !header.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var ranges = new List<(long, long)>();
        var specs = header[6..].Split(',', StringSplitOptions.TrimEntries);
        if (specs.Length > MaxRanges)
        {
            return null;
        }

        foreach (var spec in specs)
        {
            var dash = spec.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0)
            {
                return null;
            }

            var first = spec[..dash];
            var last = spec[(dash + 1)..];
            if (first.Length == 0)
            {
                if (!long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var suffix))
                {
                    return null;
                }

                if (suffix > 0 && length > 0)
                {
                    ranges.Add((Math.Max(0, length - suffix), length - 1));
                }

                continue;
            }

            if (!long.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var start))
            {
                return null;
            }

            long end = length - 1;
            if (last.Length > 0 && (!long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out end) || end < start))
            {
                return null;
            }

            if (start < length)
            {
                ranges.Add((start, Math.Min(end, length - 1)));
            }
        }

        return ranges;
    }
}
