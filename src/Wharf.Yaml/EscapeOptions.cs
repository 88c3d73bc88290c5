namespace Wharf.Yaml;

/// <summary>
/// How <see cref="DoubleQuoted"/> spells what it escapes beyond the common set (<c>\"</c>, <c>\\</c>,
/// <c>\n</c>, <c>\r</c>, <c>\t</c>, and <c>\uXXXX</c> for characters outside <see cref="YamlText.IsPrintable"/>).
/// </summary>
[Flags]
public enum EscapeOptions
{
    /// <summary>Only the common set; a lone surrogate is copied as it is.</summary>
    None = 0,

    /// <summary>go-yaml v2's shorter spellings, as kustomize writes them: <c>\0</c>, and <c>\xXX</c> up to U+00FF.</summary>
    GoYamlShortForms = 1,

    /// <summary>A surrogate without its pair is escaped too, so the output is well-formed Unicode.</summary>
    LoneSurrogates = 2,
}
