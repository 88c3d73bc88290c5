using System.Security.Cryptography;
using System.Text;

namespace Wharf.Kots.Static;

/// <summary>
/// KOTS <c>RandomString LENGTH [CHARSET]</c>: CHARSET is a regular expression that must be one character class
/// (<c>[_A-Za-z0-9]</c>, <c>[a-f0-9]</c>, <c>\d</c>, <c>[[:alnum:]]</c>); each character is drawn uniformly from it
/// with a cryptographic generator. Anything else (a literal, an alternation, a class KOTS cannot draw from) gives
/// <c>""</c>, as KOTS does, rather than an error.
/// </summary>
internal static class RandomCharset
{
    /// <summary>KOTS's default charset.</summary>
    public const string Default = "[_A-Za-z0-9]";

    public static string Generate(long length, string charset)
    {
        if (length <= 0 || !TryParse(charset, out var alphabet) || alphabet.Length < 2)
        {
            // Go simplifies a one-character class to a literal, which KOTS does not draw from.
            return string.Empty;
        }

        var count = (int)Math.Min(length, KotsStaticFunctions.MaxRandomBytes);
        var sb = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            sb.Append(alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
        }

        return sb.ToString();
    }

    /// <summary>The characters of one class, sorted and distinct; false when the expression is not one class.</summary>
    internal static bool TryParse(string expression, out char[] alphabet)
    {
        alphabet = [];
        var set = new SortedSet<char>();
        if (expression.Length == 2 && expression[0] == '\\')
        {
            if (!AddPerlClass(expression[1], set))
            {
                return false;
            }
        }
        else if (expression.Length < 3 || expression[0] != '[' || expression[^1] != ']' || !TryParseBody(expression[1..^1], set))
        {
            return false;
        }

        alphabet = [.. set];
        return true;
    }

    private static bool TryParseBody(string body, SortedSet<char> set)
    {
        if (body.Length == 0 || body[0] == '^')
        {
            return false; // A negated class spans all of Unicode; KOTS vendors never mean that.
        }

        var i = 0;
        while (i < body.Length)
        {
            if (body[i] == '[' && body.IndexOf(":]", i, StringComparison.Ordinal) is var end && end > i + 2 && body[i + 1] == ':')
            {
                if (!AddPosixClass(body[(i + 2)..end], set))
                {
                    return false;
                }

                i = end + 2;
                continue;
            }

            if (!TryReadChar(body, ref i, set, out var low))
            {
                if (low == '\0')
                {
                    return false;
                }

                continue; // a Perl class such as \d was added
            }

            if (i + 1 < body.Length && body[i] == '-')
            {
                i++;
                if (!TryReadChar(body, ref i, set, out var high) || high < low)
                {
                    return false;
                }

                for (var c = low; c <= high; c++)
                {
                    set.Add(c);
                }
            }
            else
            {
                set.Add(low);
            }
        }

        return true;
    }

    /// <summary>Reads one literal character (escapes allowed); false with <c>'\0'</c> on error, or after adding a Perl class.</summary>
    private static bool TryReadChar(string body, ref int i, SortedSet<char> set, out char c)
    {
        c = body[i++];
        if (c != '\\')
        {
            return c != '[' || Fail(out c);
        }

        if (i >= body.Length)
        {
            return Fail(out c);
        }

        var escaped = body[i++];
        if (char.IsAsciiLetterOrDigit(escaped))
        {
            c = AddPerlClass(escaped, set) ? 'x' : '\0';
            return false;
        }

        c = escaped;
        return true;
    }

    private static bool Fail(out char c)
    {
        c = '\0';
        return false;
    }

    private static bool AddPerlClass(char name, SortedSet<char> set) => name switch
    {
        'd' => AddRanges(set, "09"),
        'w' => AddRanges(set, "09AZaz__"),
        's' => AddChars(set, "\t\n\f\r "),
        _ => false,
    };

    private static bool AddPosixClass(string name, SortedSet<char> set) => name switch
    {
        "alpha" => AddRanges(set, "AZaz"),
        "digit" => AddRanges(set, "09"),
        "alnum" => AddRanges(set, "09AZaz"),
        "upper" => AddRanges(set, "AZ"),
        "lower" => AddRanges(set, "az"),
        "xdigit" => AddRanges(set, "09AFaf"),
        "word" => AddRanges(set, "09AZaz__"),
        "punct" => AddChars(set, "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
        _ => false,
    };

    /// <summary>Adds the ranges given as pairs of characters (<c>"09AZ"</c> is 0-9 and A-Z).</summary>
    private static bool AddRanges(SortedSet<char> set, string pairs)
    {
        for (var p = 0; p < pairs.Length; p += 2)
        {
            for (var c = pairs[p]; c <= pairs[p + 1]; c++)
            {
                set.Add(c);
            }
        }

        return true;
    }

    private static bool AddChars(SortedSet<char> set, string chars)
    {
        set.UnionWith(chars);
        return true;
    }
}
