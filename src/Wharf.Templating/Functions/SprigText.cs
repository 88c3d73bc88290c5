using System.Text;
using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's string shaping functions (<c>trunc substr abbrev abbrevboth cat wrap wrapWith plural
/// initials untitle swapcase</c>). Go slices strings by UTF-8 byte, so <c>trunc substr abbrev
/// wrap initials</c> count bytes here too; a cut through a multi-byte character, which Go leaves as
/// broken bytes, becomes U+FFFD because a .NET string cannot hold them.
/// </summary>
internal static class SprigText
{
    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("trunc", [Int, ParamKind.String], (_, a) => Trunc((long)a[0]!, Bytes(a[1])));
        b.Fixed("substr", [Int, Int, ParamKind.String], (_, a) => Substring((long)a[0]!, (long)a[1]!, Bytes(a[2])));
        b.Fixed("abbrev", [Int, ParamKind.String], (_, a) => (long)a[0]! < 4 ? a[1] : Abbreviate(Bytes(a[1]), 0, (long)a[0]!));
        b.Fixed("abbrevboth", [Int, Int, ParamKind.String], (_, a) => AbbreviateBoth((long)a[0]!, (long)a[1]!, Bytes(a[2])));
        b.Variadic("cat", [], Any, (c, a) => Cat(c, a));
        b.Fixed("wrap", [Int, ParamKind.String], (_, a) => Wrap(Bytes(a[1]), (long)a[0]!, "\n", wrapLongWords: false));
        b.Fixed("wrapWith", [Int, ParamKind.String, ParamKind.String], (_, a) => Wrap(Bytes(a[2]), (long)a[0]!, (string)a[1]!, wrapLongWords: true));
        b.Fixed("plural", [ParamKind.String, ParamKind.String, Int], (_, a) => (long)a[2]! == 1 ? a[0] : a[1]);
        b.Fixed("initials", [ParamKind.String], (_, a) => Initials(Bytes(a[0])));
        b.Fixed("untitle", [ParamKind.String], (_, a) => Untitle((string)a[0]!));
        b.Fixed("swapcase", [ParamKind.String], (_, a) => SwapCase((string)a[0]!));
    }

    private static byte[] Bytes(object? s) => Encoding.UTF8.GetBytes((string)s!);

    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    private static string Trunc(long count, byte[] s)
    {
        if (count < 0 && s.Length + count > 0)
        {
            return Text(s.AsSpan((int)(s.Length + count)));
        }

        return count >= 0 && s.Length > count ? Text(s.AsSpan(0, (int)count)) : Text(s);
    }

    /// <summary>Sprig's <c>substr</c>: a negative start means from 0, a negative or too large end means to the end; other bad bounds panic as Go slicing does.</summary>
    private static string Substring(long start, long end, byte[] s)
    {
        if (start < 0)
        {
            return end >= 0 && end <= s.Length ? Text(s.AsSpan(0, (int)end)) : throw OutOfRange($"[:{end}] with length {s.Length}");
        }

        if (end < 0 || end > s.Length)
        {
            return start <= s.Length ? Text(s.AsSpan((int)start)) : throw OutOfRange($"[{start}:{s.Length}]");
        }

        return start <= end ? Text(s.AsSpan((int)start, (int)(end - start))) : throw OutOfRange($"[{start}:{end}]");
    }

    private static TemplateFunctionException OutOfRange(string detail) => new("runtime error: slice bounds out of range " + detail);

    private static string AbbreviateBoth(long left, long right, byte[] s) =>
        right < 4 || (left > 0 && right < 7) ? Text(s) : Abbreviate(s, left, right);

    /// <summary>goutils' <c>AbbreviateFull</c> (Apache Commons' abbreviate): "..." marks what was cut; invalid widths give "".</summary>
    private static string Abbreviate(byte[] s, long offset, long maxWidth)
    {
        const string marker = "...";
        if (s.Length == 0)
        {
            return "";
        }

        if (maxWidth < 4)
        {
            return "";
        }

        if (s.Length <= maxWidth)
        {
            return Text(s);
        }

        offset = Math.Min(offset, s.Length);
        if (s.Length - offset < maxWidth - 3)
        {
            offset = s.Length - (maxWidth - 3);
        }

        if (offset <= 4)
        {
            return Text(s.AsSpan(0, (int)(maxWidth - 3))) + marker;
        }

        if (maxWidth < 7)
        {
            return "";
        }

        if (offset + maxWidth - 3 < s.Length)
        {
            return marker + Abbreviate(s[(int)offset..], 0, maxWidth - 3);
        }

        return marker + Text(s.AsSpan((int)(s.Length - (maxWidth - 3))));
    }

    private static string Cat(TemplateContext context, ReadOnlySpan<object?> args)
    {
        var parts = new List<string>(args.Length);
        foreach (var arg in args)
        {
            if (arg is not null)
            {
                parts.Add(GoFmt.FormatValue(arg, context.MaxOutputLength));
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>goutils' <c>WrapCustom</c>: breaks at the last space within the width; long words stay whole unless <paramref name="wrapLongWords"/>.</summary>
    private static string Wrap(byte[] s, long width, string newLine, bool wrapLongWords)
    {
        if (s.Length == 0)
        {
            return "";
        }

        newLine = newLine.Length == 0 ? "\n" : newLine;
        var length = (int)Math.Clamp(width, 1, int.MaxValue - 1);
        var offset = 0;
        var result = new StringBuilder();
        while (s.Length - offset > length)
        {
            if (s[offset] == ' ')
            {
                offset++;
                continue;
            }

            var end = (int)Math.Min((long)length + offset + 1, s.Length);
            var space = s.AsSpan(offset, end - offset).LastIndexOf((byte)' ');
            if (space >= 0)
            {
                result.Append(Text(s.AsSpan(offset, space))).Append(newLine);
                offset += space + 1;
            }
            else if (wrapLongWords)
            {
                result.Append(Text(s.AsSpan(offset, length))).Append(newLine);
                offset += length;
            }
            else
            {
                var next = s.AsSpan(length + offset).IndexOf((byte)' ');
                if (next < 0)
                {
                    result.Append(Text(s.AsSpan(offset)));
                    offset = s.Length;
                }
                else
                {
                    result.Append(Text(s.AsSpan(offset, length + next))).Append(newLine);
                    offset += length + next + 1;
                }
            }
        }

        return result.Append(Text(s.AsSpan(offset))).ToString();
    }

    /// <summary>goutils' <c>Initials</c> walks bytes and writes each as a rune, so non-ASCII initials come out as Latin-1 characters, as in Go.</summary>
    private static string Initials(byte[] s)
    {
        var result = new StringBuilder();
        var lastWasGap = true;
        foreach (var b in s)
        {
            if (IsSpace(b))
            {
                lastWasGap = true;
            }
            else if (lastWasGap)
            {
                result.Append((char)b);
                lastWasGap = false;
            }
        }

        return result.ToString();
    }

    /// <summary>Go's <c>unicode.IsSpace</c>.</summary>
    public static bool IsSpace(int rune) => rune switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or 0x85 or 0xA0 => true,
        < 0x100 => false,
        _ => Rune.IsWhiteSpace(new Rune(rune)),
    };

    /// <summary>goutils' <c>Uncapitalize</c>: lower-case the first letter of each whitespace-separated word.</summary>
    private static string Untitle(string s)
    {
        var result = new StringBuilder(s.Length);
        var next = true;
        foreach (var rune in s.EnumerateRunes())
        {
            if (IsSpace(rune.Value))
            {
                next = true;
                result.Append(rune.ToString());
            }
            else
            {
                result.Append((next ? Rune.ToLowerInvariant(rune) : rune).ToString());
                next = false;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// goutils' <c>SwapCase</c>: upper and title case → lower; lower → upper, or title case at the
    /// start of a word (which differs from upper only for the digraphs ǅ ǈ ǋ ǲ).
    /// </summary>
    private static string SwapCase(string s)
    {
        var result = new StringBuilder(s.Length);
        var wordStart = true;
        foreach (var rune in s.EnumerateRunes())
        {
            var swapped = rune;
            if (Rune.IsUpper(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.TitlecaseLetter)
            {
                swapped = Rune.ToLowerInvariant(rune);
                wordStart = false;
            }
            else if (Rune.IsLower(rune))
            {
                swapped = wordStart ? ToTitle(rune) : Rune.ToUpperInvariant(rune);
                wordStart = false;
            }
            else
            {
                wordStart = IsSpace(rune.Value);
            }

            result.Append(swapped.ToString());
        }

        return result.ToString();
    }

    /// <summary>Go's <c>unicode.ToTitle</c>: upper case except for the four Latin digraphs, whose title form is one below.</summary>
    private static Rune ToTitle(Rune rune) => rune.Value switch
    {
        0x01C4 or 0x01C5 or 0x01C6 => new Rune(0x01C5),
        0x01C7 or 0x01C8 or 0x01C9 => new Rune(0x01C8),
        0x01CA or 0x01CB or 0x01CC => new Rune(0x01CB),
        0x01F1 or 0x01F2 or 0x01F3 => new Rune(0x01F2),
        _ => Rune.ToUpperInvariant(rune),
    };
}
