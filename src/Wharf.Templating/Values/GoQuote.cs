using System.Globalization;
using System.Text;

namespace Wharf.Templating.Values;

/// <summary>
/// Go's <c>strconv.Quote</c>, <c>QuoteToASCII</c> and <c>QuoteRune</c>: what <c>%q</c>, Sprig's
/// <c>quote</c> and parse error messages print. Printable runes (Go's <c>unicode.IsPrint</c>:
/// letters, marks, numbers, punctuation, symbols and ASCII space) are kept; others are escaped.
/// </summary>
internal static class GoQuote
{
    public static string Quote(string s, bool asciiOnly = false)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        foreach (var rune in EnumerateRunes(s))
        {
            AppendEscaped(sb, rune, '"', asciiOnly);
        }

        return sb.Append('"').ToString();
    }

    public static string QuoteRune(long value)
    {
        var rune = value is < 0 or > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF ? 0xFFFD : (int)value;
        var sb = new StringBuilder("'");
        AppendEscaped(sb, rune, '\'', asciiOnly: false);
        return sb.Append('\'').ToString();
    }

    /// <summary>Go's <c>%#U</c>: <c>U+0041 'A'</c> (the quoted form only for printable runes).</summary>
    public static string FormatRuneU(int rune, bool withChar)
    {
        var code = "U+" + rune.ToString("X4", CultureInfo.InvariantCulture);
        return withChar && IsPrint(rune) ? $"{code} '{char.ConvertFromUtf32(rune)}'" : code;
    }

    /// <summary>Go's <c>unicode.IsPrint</c>.</summary>
    public static bool IsPrint(int rune)
    {
        if (rune == ' ')
        {
            return true;
        }

        if (rune is < 0 or > 0x10FFFF || rune is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator => false,
            _ => true,
        };
    }

    /// <summary>Code points of a UTF-16 string; a lone surrogate becomes U+FFFD, as invalid UTF-8 does in Go.</summary>
    public static IEnumerable<int> EnumerateRunes(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                yield return char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                yield return 0xFFFD;
            }
            else
            {
                yield return c;
            }
        }
    }

    private static void AppendEscaped(StringBuilder sb, int rune, char quote, bool asciiOnly)
    {
        if (rune == quote || rune == '\\')
        {
            sb.Append('\\').Append((char)rune);
            return;
        }

        if (asciiOnly ? rune < 0x80 && IsPrint(rune) : IsPrint(rune))
        {
            sb.Append(char.ConvertFromUtf32(rune));
            return;
        }

        switch (rune)
        {
            case '\a': sb.Append("\\a"); return;
            case '\b': sb.Append("\\b"); return;
            case '\f': sb.Append("\\f"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
            case '\v': sb.Append("\\v"); return;
        }

        if (rune < ' ' || rune == 0x7F)
        {
            sb.Append("\\x").Append(rune.ToString("x2", CultureInfo.InvariantCulture));
        }
        else if (rune < 0x10000)
        {
            sb.Append("\\u").Append(rune.ToString("x4", CultureInfo.InvariantCulture));
        }
        else
        {
            sb.Append("\\U").Append(rune.ToString("x8", CultureInfo.InvariantCulture));
        }
    }
}
