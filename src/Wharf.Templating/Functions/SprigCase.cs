using System.Text;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's <c>camelcase snakecase kebabcase</c>, which are huandu/xstrings v1.3 <c>ToCamelCase</c>,
/// <c>ToSnakeCase</c> and <c>ToKebabCase</c>. The word splitting is xstrings' own (an upper-case run
/// is one word, digits stick to a preceding word, CJK characters are not "alphabet"), so it is
/// followed step by step rather than approximated.
/// </summary>
internal static class SprigCase
{
    private enum WordType
    {
        Invalid,
        Number,
        UpperCase,
        Alphabet,
        Connector,
        Punct,
        Other,
    }

    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("camelcase", [ParamKind.String], (_, a) => CamelCase(Runes((string)a[0]!)));
        b.Fixed("snakecase", [ParamKind.String], (_, a) => ToLowerCase(Runes((string)a[0]!), '_'));
        b.Fixed("kebabcase", [ParamKind.String], (_, a) => ToLowerCase(Runes((string)a[0]!), '-'));
    }

    private static Rune[] Runes(string s) => s.EnumerateRunes().ToArray();

    private static bool IsConnector(Rune r) => r.Value is '-' or '_' || SprigText.IsSpace(r.Value);

    /// <summary>A letter but not a CJK ideograph.</summary>
    private static bool IsAlphabet(Rune r) => Rune.IsLetter(r) && r.Value switch
    {
        < 0x3400 => true,
        >= 0x4E00 and <= 0x9FCC => false,
        >= 0x3400 and <= 0x4D85 => false,
        >= 0x20000 and <= 0x2B81D => false,
        _ => true,
    };

    private static string CamelCase(Rune[] s)
    {
        var sb = new StringBuilder();
        var i = 0;
        var r0 = default(Rune);
        while (i < s.Length)
        {
            r0 = s[i++];
            if (!IsConnector(r0))
            {
                r0 = Rune.ToUpperInvariant(r0);
                break;
            }

            sb.Append(r0.ToString());
        }

        if (i == s.Length)
        {
            // xstrings writes the last rune once more here, even when it was a connector already written.
            return s.Length == 0 ? "" : sb.Append(r0.ToString()).ToString();
        }

        while (i < s.Length)
        {
            var r1 = r0;
            r0 = s[i++];
            if (IsConnector(r0) && IsConnector(r1))
            {
                sb.Append(r1.ToString());
                continue;
            }

            if (IsConnector(r1))
            {
                r0 = Rune.ToUpperInvariant(r0);
            }
            else
            {
                r0 = Rune.ToLowerInvariant(r0);
                sb.Append(r1.ToString());
            }
        }

        return sb.Append(r0.ToString()).ToString();
    }

    /// <summary>xstrings' <c>camelCaseToLowerCase</c>: words lower-cased and joined by <paramref name="connector"/>.</summary>
    private static string ToLowerCase(Rune[] s, char connector)
    {
        if (s.Length == 0)
        {
            return "";
        }

        var sb = new StringBuilder();
        var pos = 0;
        var (wt, word) = NextWord(s, ref pos);
        while (pos < s.Length)
        {
            if (wt != WordType.Connector)
            {
                Lower(sb, wt, word, connector);
            }

            var prev = wt;
            var last = word;
            (wt, word) = NextWord(s, ref pos);
            switch (prev)
            {
                case WordType.Number:
                    while (wt is WordType.Alphabet or WordType.Number)
                    {
                        Lower(sb, wt, word, connector);
                        (wt, word) = NextWord(s, ref pos);
                    }

                    if (wt is not (WordType.Invalid or WordType.Punct or WordType.Connector))
                    {
                        sb.Append(connector);
                    }

                    break;
                case WordType.Connector:
                    Lower(sb, prev, last, connector);
                    break;
                case WordType.Punct:
                    break;
                default:
                    if (wt != WordType.Number)
                    {
                        if (wt is not (WordType.Connector or WordType.Punct))
                        {
                            sb.Append(connector);
                        }

                        break;
                    }

                    if (pos >= s.Length)
                    {
                        break;
                    }

                    last = word;
                    (wt, word) = NextWord(s, ref pos);
                    if (wt != WordType.Alphabet)
                    {
                        Lower(sb, WordType.Number, last, connector);
                        if (wt is not (WordType.Connector or WordType.Punct))
                        {
                            sb.Append(connector);
                        }

                        break;
                    }

                    sb.Append(connector);
                    Lower(sb, WordType.Number, last, connector);
                    while (wt is WordType.Alphabet or WordType.Number)
                    {
                        Lower(sb, wt, word, connector);
                        (wt, word) = NextWord(s, ref pos);
                    }

                    if (wt is not (WordType.Invalid or WordType.Connector or WordType.Punct))
                    {
                        sb.Append(connector);
                    }

                    break;
            }
        }

        Lower(sb, wt, word, connector);
        return sb.ToString();
    }

    /// <summary>xstrings' <c>nextWord</c>: the type and runes of the word at <paramref name="pos"/>, advancing past it.</summary>
    private static (WordType Type, ArraySegment<Rune> Word) NextWord(Rune[] s, ref int pos)
    {
        var start = pos;
        if (start >= s.Length)
        {
            return (WordType.Invalid, ArraySegment<Rune>.Empty);
        }

        var r = s[start];
        var end = start + 1;
        WordType type;
        if (IsConnector(r))
        {
            type = WordType.Connector;
            end = Extend(s, end, IsConnector);
        }
        else if (Rune.IsPunctuation(r))
        {
            type = WordType.Punct;
            end = Extend(s, end, Rune.IsPunctuation);
        }
        else if (Rune.IsUpper(r))
        {
            type = WordType.UpperCase;
            if (end < s.Length && Rune.IsUpper(s[end]))
            {
                // An upper-case run; its last letter starts the next word when a lower-case letter follows ("HTTPServer").
                end = Extend(s, end + 1, Rune.IsUpper);
                if (end < s.Length && IsAlphabet(s[end]))
                {
                    end--;
                }
            }
            else if (end < s.Length && IsAlphabet(s[end]))
            {
                end = Extend(s, end + 1, x => IsAlphabet(x) && !Rune.IsUpper(x));
            }
        }
        else if (IsAlphabet(r))
        {
            type = WordType.Alphabet;
            end = Extend(s, end, x => IsAlphabet(x) && !Rune.IsUpper(x));
        }
        else if (Rune.IsNumber(r))
        {
            type = WordType.Number;
            end = Extend(s, end, Rune.IsNumber);
        }
        else
        {
            type = WordType.Other;
            end = Extend(s, end, x => !(IsConnector(x) || IsAlphabet(x) || Rune.IsNumber(x) || Rune.IsPunctuation(x)));
        }

        pos = end;
        return (type, new ArraySegment<Rune>(s, start, end - start));
    }

    private static int Extend(Rune[] s, int end, Func<Rune, bool> belongs)
    {
        while (end < s.Length && belongs(s[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>xstrings' <c>toLower</c>: only upper-case and connector words change; connectors become <paramref name="connector"/>.</summary>
    private static void Lower(StringBuilder sb, WordType type, ArraySegment<Rune> word, char connector)
    {
        foreach (var r in word)
        {
            if (type is not (WordType.UpperCase or WordType.Connector))
            {
                sb.Append(r.ToString());
            }
            else if (IsConnector(r))
            {
                sb.Append(connector);
            }
            else
            {
                sb.Append((Rune.IsUpper(r) ? Rune.ToLowerInvariant(r) : r).ToString());
            }
        }
    }
}
