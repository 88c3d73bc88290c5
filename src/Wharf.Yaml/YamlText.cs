namespace Wharf.Yaml;

/// <summary>Character rules every YAML reader and writer here applies alike.</summary>
public static class YamlText
{
    /// <summary>
    /// YAML's printable set (ASCII without controls, most of Unicode without the BOM, C1 controls and
    /// non-characters), minus the characters YAML 1.1 readers take as line breaks (NEL, LS, PS), so a
    /// writer escapes them rather than let a reader fold them. Line feed and tab are not in it.
    /// </summary>
    public static bool IsPrintable(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD')
        && c is not ('\uFEFF' or '\u2028' or '\u2029');

    /// <summary>True when <paramref name="text"/> holds a surrogate without its pair: not Unicode text at all.</summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSurrogatePairAt(text, i))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a high surrogate at <paramref name="index"/> is followed by its low surrogate.</summary>
    public static bool IsSurrogatePairAt(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
}
