using System.Security.Cryptography;
using Wharf.Templating.Values;
using static Wharf.Templating.Functions.ParamKind;

namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's slash-path functions (Go's <c>path</c> package: <c>base dir ext clean isAbs</c>, purely lexical, never the
/// file system) and a few small helpers charts use: <c>splitn</c>, <c>tuple</c>, <c>all</c>, <c>any</c>, <c>randInt</c>.
/// </summary>
internal static class SprigPaths
{
    public static void Register(FunctionTableBuilder b)
    {
        b.Fixed("base", [ParamKind.String], (_, a) => Base((string)a[0]!));
        b.Fixed("dir", [ParamKind.String], (_, a) => Dir((string)a[0]!));
        b.Fixed("ext", [ParamKind.String], (_, a) => Ext((string)a[0]!));
        b.Fixed("clean", [ParamKind.String], (_, a) => Clean((string)a[0]!));
        b.Fixed("isAbs", [ParamKind.String], (_, a) => ((string)a[0]!).StartsWith('/'));
        b.Fixed("splitn", [ParamKind.String, Int, ParamKind.String], (_, a) => SplitN((string)a[2]!, (string)a[0]!, (long)a[1]!));
        b.Variadic("tuple", [], Any, (_, a) => a.ToArray().ToList());
        b.Variadic("all", [], Any, (_, a) => a.ToArray().All(GoValues.IsTrue));
        b.Variadic("any", [], Any, (_, a) => a.ToArray().Any(GoValues.IsTrue));
        b.Fixed("randInt", [Int, Int], (_, a) => RandomInt((long)a[0]!, (long)a[1]!));
    }

    /// <summary>Go's <c>path.Base</c>: the last element, trailing slashes dropped; <c>.</c> for empty, <c>/</c> for all slashes.</summary>
    private static string Base(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        path = path.TrimEnd('/');
        if (path.Length == 0)
        {
            return "/";
        }

        return path[(path.LastIndexOf('/') + 1)..];
    }

    /// <summary>Go's <c>path.Dir</c>: everything up to the last slash, cleaned.</summary>
    private static string Dir(string path)
    {
        var slash = path.LastIndexOf('/');
        return Clean(path[..(slash + 1)]);
    }

    /// <summary>Go's <c>path.Ext</c>: from the last dot of the last element on, or empty.</summary>
    private static string Ext(string path)
    {
        for (var i = path.Length - 1; i >= 0 && path[i] != '/'; i--)
        {
            if (path[i] == '.')
            {
                return path[i..];
            }
        }

        return string.Empty;
    }

    /// <summary>Go's <c>path.Clean</c>: one slash between elements, no <c>.</c>, <c>..</c> resolved lexically.</summary>
    private static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var rooted = path[0] == '/';
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!rooted)
                {
                    parts.Add("..");
                }

                continue;
            }

            parts.Add(part);
        }

        var joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }

    /// <summary>Sprig's <c>splitn</c>: Go's <c>strings.SplitN</c> as a map <c>_0</c>, <c>_1</c>, …; n = 0 gives none, n &lt; 0 all.</summary>
    private static Dictionary<string, object?> SplitN(string s, string separator, long n)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (n == 0)
        {
            return result;
        }

        var parts = separator.Length == 0
            ? GoQuote.EnumerateRunes(s).Select(char.ConvertFromUtf32).ToArray()
            : n < 0 ? s.Split(separator) : s.Split(separator, (int)Math.Min(n, int.MaxValue));
        for (var i = 0; i < parts.Length; i++)
        {
            result["_" + GoValues.FormatInvariant(i)] = parts[i];
        }

        return result;
    }

    /// <summary>Sprig's <c>randInt MIN MAX</c>: uniform in [MIN, MAX).</summary>
    private static long RandomInt(long min, long max) =>
        max <= min ? throw new TemplateFunctionException("invalid argument to Int63n") : min + RandomNumberGenerator.GetInt32(0, (int)Math.Min(max - min, int.MaxValue));
}
