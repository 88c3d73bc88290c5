namespace Wharf.Templating.Functions;

/// <summary>
/// Sprig's slash-path functions (Go's <c>path</c> package: <c>base dir ext clean isAbs</c>), purely lexical, never
/// the file system.
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
}
