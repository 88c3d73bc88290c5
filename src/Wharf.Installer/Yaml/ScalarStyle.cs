namespace Wharf.Installer.Yaml;

/// <summary>How <see cref="YamlWriter"/> spells a string.</summary>
internal enum StringStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}
