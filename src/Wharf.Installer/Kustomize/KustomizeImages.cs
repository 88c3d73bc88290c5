namespace Wharf.Installer.Kustomize;

/// <summary>
/// kustomize's image transformer, reproduced for Wharf's own rendering: an entry matches an image
/// value when the value is the entry's name followed by an optional <c>:tag</c> and optional
/// <c>@sha256:digest</c> (kustomize builds this as a regular expression from the name, so a '.' in
/// the name matches any character, as here); the name part is replaced and tag and digest kept.
/// Entries apply one after another, each to the result of the previous one.
/// </summary>
internal static class KustomizeImages
{
    public static string Apply(string value, IReadOnlyList<KustomizeImage> entries)
    {
        foreach (var entry in entries)
        {
            if (Matches(value, entry.Name))
            {
                var (_, tag, digest) = Split(value);
                value = entry.NewName + (tag.Length > 0 ? ":" + tag : string.Empty) + (digest.Length > 0 ? "@" + digest : string.Empty);
            }
        }

        return value;
    }

    /// <summary>
    /// kustomize's <c>regexp.Compile("^" + name + "(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$")</c>,
    /// matched by hand: the name's characters are literal except '.', which matches any character but a
    /// line break (an image name holds no other regular-expression syntax; <see cref="ImageRewriteRules"/>
    /// only writes names the reference parser accepted).
    /// </summary>
    public static bool Matches(string value, string name)
    {
        if (value.Length < name.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '.' ? value[i] == '\n' : value[i] != name[i])
            {
                return false;
            }
        }

        var rest = value.AsSpan(name.Length);
        if (rest.StartsWith(":"))
        {
            rest = SkipTagCharacters(rest[1..]);
        }

        if (rest.StartsWith("@sha256:"))
        {
            rest = SkipTagCharacters(rest["@sha256:".Length..]);
        }

        return rest.IsEmpty;
    }

    private static ReadOnlySpan<char> SkipTagCharacters(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '_' or '.' or '{' or '}' or '-'))
        {
            i++;
        }

        return s[i..];
    }

    /// <summary>kustomize's <c>image.Split</c>: name, tag and digest, with a registry port kept in the name.</summary>
    public static (string Name, string Tag, string Digest) Split(string image)
    {
        var slash = image.IndexOf('/', StringComparison.Ordinal);
        var offset = slash > 0 ? slash : 0;
        var search = image.AsSpan(offset);
        var at = search.IndexOf('@');
        var colon = search.IndexOf(':');
        if (colon < 0 && at < 0)
        {
            return (image, string.Empty, string.Empty);
        }

        if (at >= 0 && (at < colon || colon < 0))
        {
            return (image[..(at + offset)], string.Empty, image[(at + offset + 1)..]);
        }

        if (at >= 0)
        {
            return (image[..(colon + offset)], image[(colon + offset + 1)..(at + offset)], image[(at + offset + 1)..]);
        }

        return (image[..(colon + offset)], image[(colon + offset + 1)..], string.Empty);
    }
}
