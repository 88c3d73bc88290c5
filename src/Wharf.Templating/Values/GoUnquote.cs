using System.Globalization;
using System.Text;

namespace Wharf.Templating.Values;

/// <summary>
/// Go's <c>strconv.Unquote</c> and <c>UnquoteChar</c> for template literals: <c>"…"</c> with Go
/// escapes, raw <c>`…`</c> strings (carriage returns dropped) and <c>'x'</c> character constants.
/// <c>\x</c> and octal escapes are bytes; the byte sequence is decoded as UTF-8 at the end so
/// <c>"\xc3\xa9"</c> is <c>é</c> as in Go.
/// </summary>
internal static class GoUnquote
{
    public static bool TryUnquote(string literal, out string value)
    {
        value = "";
        if (literal.Length < 2 || literal[0] != literal[^1])
        {
            return false;
        }

        var body = literal[1..^1];
        switch (literal[0])
        {
            case '`':
                if (body.Contains('`', StringComparison.Ordinal))
                {
                    return false;
                }

                value = body.Replace("\r", "", StringComparison.Ordinal);
                return true;
            case '"':
                if (body.Contains('\n', StringComparison.Ordinal))
                {
                    return false;
                }

                if (!body.Contains('\\', StringComparison.Ordinal) && !body.Contains('"', StringComparison.Ordinal))
                {
                    value = body;
                    return true;
                }

                var bytes = new List<byte>(body.Length);
                var pos = 0;
                while (pos < body.Length)
                {
                    if (body[pos] == '"' || !TryUnquoteChar(body, ref pos, '"', bytes))
                    {
                        return false;
                    }
                }

                value = Encoding.UTF8.GetString([.. bytes]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Parses a character constant such as <c>'a'</c> or <c>'\n'</c>. Returns null with an error
    /// message (Go's wording) when it is malformed.
    /// </summary>
    public static long? TryParseChar(string literal, out string error)
    {
        error = "";
        var body = literal.Length >= 2 ? literal[1..] : "";
        var pos = 0;
        var bytes = new List<byte>();
        if (body.Length == 0 || body[0] == '\'' || !TryUnquoteChar(body, ref pos, '\'', bytes, out var rune))
        {
            error = "invalid syntax";
            return null;
        }

        if (body[pos..] != "'")
        {
            error = $"malformed character constant: {literal}";
            return null;
        }

        return rune;
    }

    private static bool TryUnquoteChar(string s, ref int pos, char quote, List<byte> output) =>
        TryUnquoteChar(s, ref pos, quote, output, out _);

    private static bool TryUnquoteChar(string s, ref int pos, char quote, List<byte> output, out long rune)
    {
        rune = 0;
        var c = s[pos];
        if (c != '\\')
        {
            var length = char.IsHighSurrogate(c) && pos + 1 < s.Length ? 2 : 1;
            var text = s.Substring(pos, length);
            rune = length == 2 ? char.ConvertToUtf32(s[pos], s[pos + 1]) : c;
            output.AddRange(Encoding.UTF8.GetBytes(text));
            pos += length;
            return true;
        }

        if (pos + 1 >= s.Length)
        {
            return false;
        }

        var e = s[pos + 1];
        pos += 2;
        switch (e)
        {
            case 'a': rune = '\a'; break;
            case 'b': rune = '\b'; break;
            case 'f': rune = '\f'; break;
            case 'n': rune = '\n'; break;
            case 'r': rune = '\r'; break;
            case 't': rune = '\t'; break;
            case 'v': rune = '\v'; break;
            case '\\': rune = '\\'; break;
            case '\'' or '"':
                if (e != quote)
                {
                    return false;
                }

                rune = e;
                break;
            case 'x' or 'u' or 'U':
                var n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (pos + n > s.Length || !long.TryParse(s.AsSpan(pos, n), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out rune))
                {
                    return false;
                }

                pos += n;
                if (e == 'x')
                {
                    output.Add((byte)rune);
                    return true;
                }

                if (rune > 0x10FFFF || rune is >= 0xD800 and <= 0xDFFF)
                {
                    return false;
                }

                break;
            case >= '0' and <= '7':
                if (pos + 2 > s.Length)
                {
                    return false;
                }

                rune = e - '0';
                for (var i = 0; i < 2; i++)
                {
                    var d = s[pos + i];
                    if (d is < '0' or > '7')
                    {
                        return false;
                    }

                    rune = (rune * 8) + (d - '0');
                }

                pos += 2;
                if (rune > 255)
                {
                    return false;
                }

                output.Add((byte)rune);
                return true;
            default:
                return false;
        }

        output.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32((int)rune)));
        return true;
    }
}
