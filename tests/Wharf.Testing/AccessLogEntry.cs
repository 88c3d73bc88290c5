using System.Globalization;
using System.Text.RegularExpressions;

namespace Wharf.Testing;

/// <summary>
/// One line of distribution's access log. distribution 2.8 wraps its router in gorilla's
/// <c>CombinedLoggingHandler</c>, which writes Apache combined format to standard output
/// after each request completes (whatever the log level):
/// <c>127.0.0.1 - - [25/Nov/2026:21:48:59 +0000] "GET /v2/ HTTP/1.1" 401 87 "" "curl/7.88.1"</c>.
/// The URI is the request URI as sent, query string included.
/// </summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Uri">Request URI (path and query).</param>
/// <param name="Status">Response status code.</param>
/// <param name="Bytes">Response body bytes written.</param>
/// <param name="UserAgent">The client's User-Agent.</param>
public sealed partial record AccessLogEntry(string Method, string Uri, int Status, long Bytes, string UserAgent)
{
    /// <summary>Parses one combined-format line; null for any other line.</summary>
    public static AccessLogEntry? TryParse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = CombinedFormat().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var bytes = match.Groups["bytes"].Value == "-" ? 0 : long.Parse(match.Groups["bytes"].Value, CultureInfo.InvariantCulture);
        return new AccessLogEntry(
            match.Groups["method"].Value,
            match.Groups["uri"].Value,
            int.Parse(match.Groups["status"].Value, CultureInfo.InvariantCulture),
            bytes,
            match.Groups["agent"].Value);
    }

    [GeneratedRegex("""^\S+ \S+ \S+ \[[^\]]+\] "(?<method>[A-Z]+) (?<uri>\S+) [^"]*" (?<status>\d{3}) (?<bytes>\d+|-) "(?:[^"\\]|\\.)*" "(?<agent>(?:[^"\\]|\\.)*)"$""")]
    private static partial Regex CombinedFormat();
}
