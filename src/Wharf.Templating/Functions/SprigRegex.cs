using System.Text;
using System.Text.RegularExpressions;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's regular expression functions with Go's <c>regexp</c> semantics (see <see cref="GoRegex"/>).
/// The plain forms panic on a bad pattern (<c>regexp: Compile(`(`): …</c>), except
/// <c>regexMatch</c>, which answers false; the <c>must</c> forms fail with the parse error.
/// </summary>
internal static class SprigRegex
{
    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("regexMatch", [ParamKind.String, ParamKind.String], (_, a) => IsMatch(S(a[0]), S(a[1]), must: false));
        b.Fixed("mustRegexMatch", [ParamKind.String, ParamKind.String], (_, a) => IsMatch(S(a[0]), S(a[1]), must: true));
        b.Fixed("regexQuoteMeta", [ParamKind.String], (_, a) => QuoteMeta(S(a[0])));
        foreach (var must in (bool[])[false, true])
        {
            var prefix = must ? "mustR" : "r";
            b.Fixed(prefix + "egexFind", [ParamKind.String, ParamKind.String], (_, a) => Find(Compile(S(a[0]), must, out var unused), S(a[1])));
            b.Fixed(prefix + "egexFindAll", [ParamKind.String, ParamKind.String, Int], (_, a) => FindAll(Compile(S(a[0]), must, out var unused), S(a[1]), (long)a[2]!));
            b.Fixed(prefix + "egexReplaceAll", [ParamKind.String, ParamKind.String, ParamKind.String], (c, a) =>
                Replace(c, Compile(S(a[0]), must, out var names), names, S(a[1]), S(a[2]), literal: false));
            b.Fixed(prefix + "egexReplaceAllLiteral", [ParamKind.String, ParamKind.String, ParamKind.String], (c, a) =>
                Replace(c, Compile(S(a[0]), must, out var names), names, S(a[1]), S(a[2]), literal: true));
            b.Fixed(prefix + "egexSplit", [ParamKind.String, ParamKind.String, Int], (_, a) => Split(Compile(S(a[0]), must, out var unused), S(a[0]), S(a[1]), (long)a[2]!));
        }
    }

    /// <summary>Sprig's <c>regexMatch</c> ignores a bad pattern (false); <c>mustRegexMatch</c> reports it.</summary>
    private static bool IsMatch(string pattern, string s, bool must)
    {
        if (!GoRegex.TryCompile(pattern, out var regex, out _, out var error))
        {
            return must ? throw new TemplateFunctionException(error) : false;
        }

        return GoRegex.Run(() => regex.IsMatch(s));
    }

    private static string Find(Regex regex, string s) =>
        GoRegex.Run(() => GoRegex.Matches(regex, s, 1).Select(m => m.Value).FirstOrDefault() ?? "");

    private static string S(object? value) => (string)value!;

    private static Regex Must(string pattern, out List<string> names) =>
        GoRegex.TryCompile(pattern, out var regex, out names, out var error) ? regex : throw new TemplateFunctionException(error);

    private static Regex Compile(string pattern, bool must, out List<string> names) =>
        must ? Must(pattern, out names) : GoRegex.MustCompile(pattern, out names);

    /// <summary>Go's <c>FindAllString</c>: n &lt; 0 means all; no match is nil, which prints as [].</summary>
    private static List<object?> FindAll(Regex regex, string s, long n) =>
        n == 0 ? [] : GoRegex.Run(() => GoRegex.Matches(regex, s, n).Select(m => (object?)m.Value).ToList());

    /// <summary>Go's <c>ReplaceAllString</c>: same matches as FindAll; <c>$1 ${1} $name ${name} $$</c> expand unless literal.</summary>
    private static string Replace(TemplateContext context, Regex regex, List<string> names, string s, string replacement, bool literal)
    {
        var matches = GoRegex.Run(() => GoRegex.Matches(regex, s, -1));
        var sb = new StringBuilder();
        var last = 0;
        foreach (var m in matches)
        {
            sb.Append(s, last, m.Index - last);
            if (literal)
            {
                sb.Append(replacement);
            }
            else
            {
                Expand(sb, replacement, m, names);
            }

            last = m.Index + m.Length;
            context.EnsureLength(sb.Length);
        }

        return sb.Append(s, last, s.Length - last).ToString();
    }

    /// <summary>Go's <c>Regexp.Expand</c>: a name is the longest run of letters, digits and '_'; a malformed reference stays literal.</summary>
    private static void Expand(StringBuilder sb, string template, Match match, List<string> names)
    {
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '$')
            {
                sb.Append(template[i]);
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '$')
            {
                sb.Append('$');
                i++;
                continue;
            }

            var brace = i + 1 < template.Length && template[i + 1] == '{';
            var start = i + (brace ? 2 : 1);
            var end = start;
            while (end < template.Length && (template[end] == '_' || char.IsLetterOrDigit(template[end])))
            {
                end++;
            }

            if (end == start || (brace && (end >= template.Length || template[end] != '}')))
            {
                sb.Append('$');
                continue;
            }

            var name = template[start..end];
            var number = name.All(char.IsAsciiDigit) && (name.Length == 1 || name[0] != '0') && name.Length <= 8 ? int.Parse(name, System.Globalization.CultureInfo.InvariantCulture) : -1;
            var group = number >= 0 ? number : names.IndexOf(name);
            if (group >= 0 && group < match.Groups.Count && match.Groups[group].Success)
            {
                sb.Append(match.Groups[group].Value);
            }

            i = brace ? end : end - 1;
        }
    }

    /// <summary>Go's <c>Regexp.Split</c>: n == 0 is nil, n &gt; 0 at most n pieces; empty matches at the edges add no empty pieces.</summary>
    private static List<object?> Split(Regex regex, string pattern, string s, long n)
    {
        if (n == 0)
        {
            return [];
        }

        if (pattern.Length > 0 && s.Length == 0)
        {
            return [""];
        }

        var pieces = new List<object?>();
        int begin = 0, end = 0;
        foreach (var m in GoRegex.Run(() => GoRegex.Matches(regex, s, n)))
        {
            if (n > 0 && pieces.Count == n - 1)
            {
                break;
            }

            end = m.Index;
            if (m.Index + m.Length != 0)
            {
                pieces.Add(s[begin..end]);
            }

            begin = m.Index + m.Length;
        }

        if (end != s.Length)
        {
            pieces.Add(s[begin..]);
        }

        return pieces;
    }

    /// <summary>Go's <c>regexp.QuoteMeta</c>: a backslash before each of <c>\.+*?()|[]{}^$</c>.</summary>
    private static string QuoteMeta(string s)
    {
        var sb = new StringBuilder(s.Length * 2);
        foreach (var c in s)
        {
            if (@"\.+*?()|[]{}^$".Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
