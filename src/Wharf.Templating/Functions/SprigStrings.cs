using System.Text;
using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's string functions with Sprig's argument order, which puts the subject last so it can be
/// piped: <c>"x" | trimPrefix "a"</c> is <c>trimPrefix "a" "x"</c>.
/// </summary>
internal static class SprigStrings
{
    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("upper", [ParamKind.String], (_, a) => Str(a[0]).ToUpperInvariant());
        b.Fixed("lower", [ParamKind.String], (_, a) => Str(a[0]).ToLowerInvariant());
        b.Fixed("title", [ParamKind.String], (_, a) => Title(Str(a[0])));
        b.Fixed("trim", [ParamKind.String], (_, a) => Str(a[0]).Trim());
        b.Fixed("trimAll", [ParamKind.String, ParamKind.String], (_, a) => Str(a[1]).Trim(Str(a[0]).ToCharArray()));
        b.Fixed("trimPrefix", [ParamKind.String, ParamKind.String], (_, a) =>
            Str(a[1]).StartsWith(Str(a[0]), StringComparison.Ordinal) ? Str(a[1])[Str(a[0]).Length..] : Str(a[1]));
        b.Fixed("trimSuffix", [ParamKind.String, ParamKind.String], (_, a) =>
            Str(a[1]).EndsWith(Str(a[0]), StringComparison.Ordinal) ? Str(a[1])[..^Str(a[0]).Length] : Str(a[1]));
        b.Fixed("replace", [ParamKind.String, ParamKind.String, ParamKind.String], (c, a) => Replace(c, Str(a[2]), Str(a[0]), Str(a[1])));
        b.Fixed("contains", [ParamKind.String, ParamKind.String], (_, a) => Str(a[1]).Contains(Str(a[0]), StringComparison.Ordinal));
        b.Fixed("hasPrefix", [ParamKind.String, ParamKind.String], (_, a) => Str(a[1]).StartsWith(Str(a[0]), StringComparison.Ordinal));
        b.Fixed("hasSuffix", [ParamKind.String, ParamKind.String], (_, a) => Str(a[1]).EndsWith(Str(a[0]), StringComparison.Ordinal));
        b.Fixed("split", [ParamKind.String, ParamKind.String], (_, a) => SplitDict(Str(a[1]), Str(a[0])));
        b.Fixed("splitn", [ParamKind.String, Int, ParamKind.String], (_, a) => SplitDict(Str(a[2]), Str(a[0]), (long)a[1]!));
        b.Fixed("splitList", [ParamKind.String, ParamKind.String], (_, a) => Split(Str(a[1]), Str(a[0])).Cast<object?>().ToList());
        b.Fixed("join", [ParamKind.String, Any], (_, a) => string.Join(Str(a[0]), StrSlice(a[1])));
        b.Fixed("repeat", [Int, ParamKind.String], (c, a) => Repeat(c, Str(a[1]), (long)a[0]!));
        b.Fixed("nospace", [ParamKind.String], (_, a) => new string(Str(a[0]).Where(ch => !char.IsWhiteSpace(ch)).ToArray()));
        b.Fixed("indent", [Int, ParamKind.String], (c, a) => Indent(c, (long)a[0]!, Str(a[1])));
        b.Fixed("nindent", [Int, ParamKind.String], (c, a) => "\n" + Indent(c, (long)a[0]!, Str(a[1])));
        b.Variadic("quote", [], Any, (_, a) => Quote(a));
        b.Variadic("squote", [], Any, (_, a) => SQuote(a));
        b.Fixed("toString", [Any], (_, a) => StrVal(a[0]));
        b.Fixed("toStrings", [Any], (_, a) => StrSlice(a[0]).Cast<object?>().ToList());
        b.Fixed("sortAlpha", [Any], (_, a) => SortAlpha(a[0]));
    }

    /// <summary>Sprig's <c>strval</c>: strings as is, anything else as Go's <c>%v</c>.</summary>
    public static string StrVal(object? value) => value as string ?? GoFmt.FormatValue(value);

    /// <summary>Sprig's <c>strslice</c>: list elements as strings, nil elements dropped; a scalar becomes a one-element list.</summary>
    public static List<string> StrSlice(object? value) => GoValues.KindOf(value) switch
    {
        GoKind.Nil => [],
        GoKind.List => GoList.AsReadOnlyList(value!).Where(v => v is not null).Select(StrVal).ToList(),
        _ => [StrVal(value)],
    };

    private static string Str(object? value) => (string)value!;

    /// <summary>Go's deprecated <c>strings.Title</c>: upper-case the first letter of each word.</summary>
    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var previous = (int)' ';
        foreach (var rune in GoQuote.EnumerateRunes(s))
        {
            var text = char.ConvertFromUtf32(rune);
            sb.Append(IsSeparator(previous) ? text.ToUpperInvariant() : text);
            previous = rune;
        }

        return sb.ToString();
    }

    private static bool IsSeparator(int rune)
    {
        if (rune <= 0x7F)
        {
            return !(char.IsAsciiLetterOrDigit((char)rune) || rune == '_');
        }

        var text = char.ConvertFromUtf32(rune);
        return !char.IsLetterOrDigit(text, 0) && char.IsWhiteSpace(text, 0);
    }

    /// <summary>Go's <c>strings.Replace(s, old, new, -1)</c>; an empty <paramref name="old"/> inserts between runes.</summary>
    private static string Replace(TemplateContext context, string s, string old, string replacement)
    {
        if (old.Length == 0)
        {
            var runes = GoQuote.EnumerateRunes(s).ToList();
            context.EnsureLength(s.Length + ((runes.Count + 1L) * replacement.Length));
            var sb = new StringBuilder(replacement);
            foreach (var rune in runes)
            {
                sb.Append(char.ConvertFromUtf32(rune)).Append(replacement);
            }

            return sb.ToString();
        }

        var count = 0L;
        for (var i = s.IndexOf(old, StringComparison.Ordinal); i >= 0; i = s.IndexOf(old, i + old.Length, StringComparison.Ordinal))
        {
            count++;
        }

        context.EnsureLength(s.Length + (count * (replacement.Length - old.Length)));
        return s.Replace(old, replacement, StringComparison.Ordinal);
    }

    /// <summary>
    /// Go's <c>strings.SplitN</c> (<c>strings.Split</c> for n &lt; 0): an empty separator splits into runes, an empty
    /// input gives one empty string, n = 0 gives nothing, and the last of n parts holds the rest.
    /// </summary>
    private static List<string> Split(string s, string separator, long n = -1)
    {
        if (n == 0)
        {
            return [];
        }

        if (separator.Length == 0)
        {
            var runes = GoQuote.EnumerateRunes(s).Select(char.ConvertFromUtf32).ToList();
            return n < 0 || runes.Count <= n ? runes : [.. runes.Take((int)n - 1), string.Concat(runes.Skip((int)n - 1))];
        }

        return [.. n < 0 ? s.Split(separator) : s.Split(separator, (int)Math.Min(n, int.MaxValue))];
    }

    /// <summary>Sprig's <c>split</c>/<c>splitn</c>: the parts as a map <c>_0</c>, <c>_1</c>, ….</summary>
    private static Dictionary<string, object?> SplitDict(string s, string separator, long n = -1)
    {
        var parts = Split(s, separator, n);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Count; i++)
        {
            result["_" + GoValues.FormatInvariant(i)] = parts[i];
        }

        return result;
    }

    private static string Repeat(TemplateContext context, string s, long count)
    {
        if (count < 0)
        {
            throw new TemplateFunctionException("strings: negative Repeat count");
        }

        context.EnsureLength(SaturatingMultiply(count, s.Length));
        return count == 0 || s.Length == 0 ? "" : new StringBuilder(s.Length * (int)count).Insert(0, s, (int)count).ToString();
    }

    private static string Indent(TemplateContext context, long spaces, string s)
    {
        if (spaces < 0)
        {
            throw new TemplateFunctionException("strings: negative Repeat count");
        }

        var lines = s.Count(c => c == '\n') + 1L;
        context.EnsureLength(s.Length + SaturatingMultiply(lines, spaces));
        var pad = new string(' ', (int)spaces);
        return pad + s.Replace("\n", "\n" + pad, StringComparison.Ordinal);
    }

    private static long SaturatingMultiply(long a, long b) =>
        a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;

    private static string Quote(ReadOnlySpan<object?> args)
    {
        var parts = new List<string>(args.Length);
        foreach (var arg in args)
        {
            if (arg is not null)
            {
                parts.Add(GoQuote.Quote(StrVal(arg)));
            }
        }

        return string.Join(' ', parts);
    }

    private static string SQuote(ReadOnlySpan<object?> args)
    {
        var parts = new List<string>(args.Length);
        foreach (var arg in args)
        {
            if (arg is not null)
            {
                parts.Add("'" + GoFmt.FormatValue(arg) + "'");
            }
        }

        return string.Join(' ', parts);
    }

    private static List<object?> SortAlpha(object? value)
    {
        var strings = GoValues.KindOf(value) == GoKind.List ? StrSlice(value) : [StrVal(value)];
        strings.Sort(StringComparer.Ordinal);
        return strings.Cast<object?>().ToList();
    }
}
