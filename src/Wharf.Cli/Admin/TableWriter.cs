using System.Text.Json;

namespace Wharf.Cli.Admin;

/// <summary>Prints listings as aligned columns, or as JSON with <c>--output json</c> (SPEC §5).</summary>
internal static class TableWriter
{
    public static async Task WriteAsync<T>(TextWriter output, string format, IReadOnlyList<T> rows, params (string Header, Func<T, string?> Value)[] columns)
    {
        if (format == "json")
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(rows, AdminClient.Json));
            return;
        }

        var cells = rows.Select(r => columns.Select(c => c.Value(r) ?? "").ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Header.Length, cells.Count == 0 ? 0 : cells.Max(row => row[i].Length))).ToArray();
        await output.WriteLineAsync(Line(columns.Select(c => c.Header).ToArray(), widths));
        foreach (var row in cells)
        {
            await output.WriteLineAsync(Line(row, widths));
        }
    }

    public static string Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string Line(string[] values, int[] widths) =>
        string.Join("  ", values.Select((v, i) => i == values.Length - 1 ? v : v.PadRight(widths[i]))).TrimEnd();
}
