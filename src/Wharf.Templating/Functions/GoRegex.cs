using System.Text;
using System.Text.RegularExpressions;

namespace Wharf.Templating.Functions;

/// <summary>
/// Go RE2 patterns on .NET's engine. The pattern is translated where the dialects differ
/// (<c>\d \w \s</c> and POSIX classes are ASCII in Go, <c>$</c> is end of text without <c>(?m)</c>,
/// <c>(?P&lt;name&gt;</c>, <c>\pL</c>), and constructs RE2 lacks are refused with Go's error text:
/// backreferences, lookaround, atomic groups, conditionals. Every match runs under a timeout,
/// because .NET backtracks where RE2 is linear. One scanner does the whole translation, hence
/// the length.
/// </summary>
internal static class GoRegex
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z", ["alpha"] = "A-Za-z", ["ascii"] = "\\x00-\\x7F", ["blank"] = "\\t ",
        ["cntrl"] = "\\x00-\\x1F\\x7F", ["digit"] = "0-9", ["graph"] = "!-~", ["lower"] = "a-z",
        ["print"] = " -~", ["punct"] = "!-/:-@\\[-`{-~", ["space"] = "\\t\\n\\v\\f\\r ", ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_", ["xdigit"] = "0-9A-Fa-f",
    };

    /// <summary>
    /// Compiles <paramref name="pattern"/>; false with Go's <c>error parsing regexp: …</c> text.
    /// Named groups become plain groups so they are numbered left to right as in Go (.NET numbers
    /// named groups last); <paramref name="groupNames"/> holds Go's names by group number.
    /// </summary>
    public static bool TryCompile(string pattern, out Regex regex, out List<string> groupNames, out string error)
    {
        regex = null!;
        groupNames = [""];
        if (!TryTranslate(pattern, groupNames, out var translated, out var problem))
        {
            error = "error parsing regexp: " + problem;
            return false;
        }

        try
        {
            regex = new Regex(translated, RegexOptions.CultureInvariant, Timeout);
            error = "";
            return true;
        }
        catch (ArgumentException e)
        {
            // .NET's own wording: Go's exact text for every malformed pattern is not reproduced.
            error = $"error parsing regexp: {e.Message}";
            return false;
        }
    }

    /// <summary>Go's <c>regexp.MustCompile</c> panic text, which Sprig's plain regex functions fail with.</summary>
    public static Regex MustCompile(string pattern, out List<string> groupNames) => TryCompile(pattern, out var regex, out groupNames, out var error)
        ? regex
        : throw new TemplateFunctionException($"regexp: Compile({Quote(pattern)}): {error}");

    /// <summary>Runs <paramref name="action"/>, turning a timeout into a template error.</summary>
    public static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (RegexMatchTimeoutException)
        {
            throw new TemplateFunctionException($"regular expression took longer than {Timeout.TotalSeconds:0}s");
        }
    }

    /// <summary>
    /// Matches as Go's <c>FindAll</c> reports them: an empty match right after the previous match is
    /// dropped (.NET keeps it), at most <paramref name="limit"/> when it is not negative.
    /// </summary>
    public static List<Match> Matches(Regex regex, string s, long limit)
    {
        var result = new List<Match>();
        var previousEnd = -1;
        for (var m = regex.Match(s); m.Success && (limit < 0 || result.Count < limit); m = m.NextMatch())
        {
            if (m.Length > 0 || m.Index != previousEnd)
            {
                result.Add(m);
            }

            previousEnd = m.Index + m.Length;
        }

        return result;
    }

    private static string Quote(string s) =>
        s.Contains('`', StringComparison.Ordinal) || s.Any(c => c < ' ' && c != '\t') ? Values.GoQuote.Quote(s) : "`" + s + "`";

    private static bool TryTranslate(string p, List<string> groupNames, out string result, out string error)
    {
        var sb = new StringBuilder(p.Length + 16);
        var multiline = p.Contains("(?", StringComparison.Ordinal) && FlagGroupsSetMultiline(p);
        var inClass = false;
        var classStart = 0;
        var depth = 0;
        error = "";
        result = "";
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '\\' && i + 1 < p.Length)
            {
                var e = p[++i];
                switch (e)
                {
                    case >= '1' and <= '9' or 'Z' or 'G' or 'k' or 'K':
                        error = $"invalid escape sequence: `\\{e}`";
                        return false;
                    case 'd': sb.Append(inClass ? "0-9" : "[0-9]"); break;
                    case 'w': sb.Append(inClass ? "0-9A-Za-z_" : "[0-9A-Za-z_]"); break;
                    case 's': sb.Append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]"); break;
                    case 'D' when !inClass: sb.Append("[^0-9]"); break;
                    case 'W' when !inClass: sb.Append("[^0-9A-Za-z_]"); break;
                    case 'S' when !inClass: sb.Append("[^\\t\\n\\f\\r ]"); break;
                    case 'p' or 'P' when i + 1 < p.Length && p[i + 1] != '{':
                        sb.Append('\\').Append(e).Append('{').Append(p[++i]).Append('}');
                        break;
                    case 'Q':
                        var end = p.IndexOf("\\E", i + 1, StringComparison.Ordinal);
                        var literal = end < 0 ? p[(i + 1)..] : p[(i + 1)..end];
                        sb.Append(inClass ? literal.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal) : Regex.Escape(literal));
                        i = end < 0 ? p.Length : end + 1;
                        break;
                    default: sb.Append('\\').Append(e); break;
                }

                continue;
            }

            if (inClass)
            {
                if (c == '[' && i + 1 < p.Length && p[i + 1] == ':' && p.IndexOf(":]", i + 2, StringComparison.Ordinal) is var close and > 0)
                {
                    var name = p[(i + 2)..close];
                    var negated = name.StartsWith('^');
                    if (PosixClasses.TryGetValue(negated ? name[1..] : name, out var range) && !negated)
                    {
                        sb.Append(range);
                        i = close + 1;
                        continue;
                    }

                    error = $"invalid character class range: `[:{name}:]`";
                    return false;
                }

                if (c == '[')
                {
                    // A literal '[' inside a class; .NET would read "[a-[b]]" as class subtraction.
                    sb.Append("\\[");
                    continue;
                }

                inClass = c != ']';
                sb.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    classStart = i;
                    sb.Append(c);
                    if (i + 1 < p.Length && p[i + 1] == '^')
                    {
                        sb.Append(p[++i]);
                    }

                    if (i + 1 < p.Length && p[i + 1] == ']')
                    {
                        // A leading ']' is literal in both dialects; keep it from closing the class here.
                        sb.Append("\\]");
                        i++;
                    }

                    break;
                case '(' when i + 1 < p.Length && p[i + 1] == '?':
                    if (!TryGroup(p, ref i, sb, groupNames, out error))
                    {
                        return false;
                    }

                    // "(?i)" only sets flags; every other "(?" form opens a group.
                    depth += p[i] == ')' ? 0 : 1;
                    break;
                case ')':
                    if (--depth < 0)
                    {
                        error = $"unexpected ): `{p}`";
                        return false;
                    }

                    sb.Append(c);
                    break;
                case '(':
                    depth++;
                    groupNames.Add("");
                    sb.Append(c);
                    break;
                case '$':
                    sb.Append(multiline ? "(?=\\n|\\z)" : "\\z");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        if (inClass || depth > 0)
        {
            error = inClass ? $"missing closing ]: `{p[classStart..]}`" : $"missing closing ): `{p}`";
            return false;
        }

        result = sb.ToString();
        return true;
    }

    /// <summary>The <c>(?</c> groups RE2 knows: flags, non-capturing and <c>(?P&lt;name&gt;</c>; anything else is Go's "invalid or unsupported Perl syntax".</summary>
    private static bool TryGroup(string p, ref int i, StringBuilder sb, List<string> groupNames, out string error)
    {
        error = "";
        if (p.AsSpan(i).StartsWith("(?P<"))
        {
            var close = p.IndexOf('>', i + 4);
            var name = close < 0 ? "" : p[(i + 4)..close];
            if (name.Length == 0 || !name.All(ch => ch == '_' || char.IsAsciiLetterOrDigit(ch)))
            {
                error = $"invalid named capture: `{p[i..(close < 0 ? p.Length : close + 1)]}`";
                return false;
            }

            if (groupNames.Contains(name))
            {
                error = $"duplicate capture group name: `{name}`";
                return false;
            }

            groupNames.Add(name);
            sb.Append('(');
            i = close;
            return true;
        }

        var j = i + 2;
        while (j < p.Length && p[j] is 'i' or 'm' or 's' or 'U' or '-')
        {
            j++;
        }

        if (j >= p.Length || p[j] is not (':' or ')'))
        {
            error = $"invalid or unsupported Perl syntax: `{p[i..Math.Min(j + 1, p.Length)]}`";
            return false;
        }

        var flags = p[(i + 2)..j];
        if (flags.Contains('U', StringComparison.Ordinal))
        {
            error = "the ungreedy flag (?U) is not supported";
            return false;
        }

        sb.Append(p, i, j - i + 1);
        i = j;
        return true;
    }

    /// <summary>True when some flag group turns on <c>m</c>; then <c>$</c> keeps Go's multi-line meaning everywhere (a simplification).</summary>
    private static bool FlagGroupsSetMultiline(string p) =>
        Regex.IsMatch(p, @"\(\?[imsU]*m[imsU]*(-[imsU]*)?[:)]", RegexOptions.None, Timeout);
}
